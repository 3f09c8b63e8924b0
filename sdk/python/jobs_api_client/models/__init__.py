"""Contains all the data models used in inputs/outputs"""

from .activity import Activity
from .activity_list import ActivityList
from .analytics_conversion import AnalyticsConversion
from .analytics_conversion_from import AnalyticsConversionFrom
from .analytics_conversion_to import AnalyticsConversionTo
from .analytics_duration import AnalyticsDuration
from .analytics_period import AnalyticsPeriod
from .analytics_report import AnalyticsReport
from .analytics_report_interval import AnalyticsReportInterval
from .analytics_source import AnalyticsSource
from .analytics_source_report import AnalyticsSourceReport
from .analytics_source_source import AnalyticsSourceSource
from .analytics_stage_time import AnalyticsStageTime
from .analytics_stage_time_stage import AnalyticsStageTimeStage
from .analytics_totals import AnalyticsTotals
from .applicant import Applicant
from .applicant_create import ApplicantCreate
from .applicant_created_event import ApplicantCreatedEvent
from .applicant_created_event_type import ApplicantCreatedEventType
from .applicant_erased_event import ApplicantErasedEvent
from .applicant_erased_event_type import ApplicantErasedEventType
from .applicant_event_data import ApplicantEventData
from .applicant_event_data_object import ApplicantEventDataObject
from .applicant_list import ApplicantList
from .applicant_summary import ApplicantSummary
from .applicant_update import ApplicantUpdate
from .applicant_updated_event import ApplicantUpdatedEvent
from .applicant_updated_event_type import ApplicantUpdatedEventType
from .applicant_upload_purpose import ApplicantUploadPurpose
from .application import Application
from .application_anonymized_event import ApplicationAnonymizedEvent
from .application_anonymized_event_data import ApplicationAnonymizedEventData
from .application_anonymized_event_data_object import (
    ApplicationAnonymizedEventDataObject,
)
from .application_anonymized_event_type import ApplicationAnonymizedEventType
from .application_assigned_event import ApplicationAssignedEvent
from .application_assigned_event_data import ApplicationAssignedEventData
from .application_assigned_event_data_object import ApplicationAssignedEventDataObject
from .application_assigned_event_type import ApplicationAssignedEventType
from .application_comment_created_event import ApplicationCommentCreatedEvent
from .application_comment_created_event_type import ApplicationCommentCreatedEventType
from .application_comment_deleted_event import ApplicationCommentDeletedEvent
from .application_comment_deleted_event_type import ApplicationCommentDeletedEventType
from .application_comment_event_data import ApplicationCommentEventData
from .application_comment_event_data_object import ApplicationCommentEventDataObject
from .application_comment_updated_event import ApplicationCommentUpdatedEvent
from .application_comment_updated_event_type import ApplicationCommentUpdatedEventType
from .application_create import ApplicationCreate
from .application_created_event import ApplicationCreatedEvent
from .application_created_event_data import ApplicationCreatedEventData
from .application_created_event_data_object import ApplicationCreatedEventDataObject
from .application_created_event_type import ApplicationCreatedEventType
from .application_list import ApplicationList
from .application_match import ApplicationMatch
from .application_match_status import ApplicationMatchStatus
from .application_match_summary import ApplicationMatchSummary
from .application_note import ApplicationNote
from .application_note_added_event import ApplicationNoteAddedEvent
from .application_note_added_event_data import ApplicationNoteAddedEventData
from .application_note_added_event_data_object import (
    ApplicationNoteAddedEventDataObject,
)
from .application_note_added_event_type import ApplicationNoteAddedEventType
from .application_receipt import ApplicationReceipt
from .application_snapshot import ApplicationSnapshot
from .application_sort import ApplicationSort
from .application_source import ApplicationSource
from .application_status import ApplicationStatus
from .application_status_changed_event import ApplicationStatusChangedEvent
from .application_status_changed_event_data import ApplicationStatusChangedEventData
from .application_status_changed_event_data_object import (
    ApplicationStatusChangedEventDataObject,
)
from .application_status_changed_event_type import ApplicationStatusChangedEventType
from .application_submission import ApplicationSubmission
from .application_submission_added_event import ApplicationSubmissionAddedEvent
from .application_submission_added_event_data import ApplicationSubmissionAddedEventData
from .application_submission_added_event_data_object import (
    ApplicationSubmissionAddedEventDataObject,
)
from .application_submission_added_event_type import ApplicationSubmissionAddedEventType
from .application_update import ApplicationUpdate
from .apply_source import ApplySource
from .audit_entity_type import AuditEntityType
from .audit_event import AuditEvent
from .audit_event_changes import AuditEventChanges
from .audit_event_list import AuditEventList
from .comment import Comment
from .comment_create import CommentCreate
from .comment_format import CommentFormat
from .comment_list import CommentList
from .comment_revision import CommentRevision
from .comment_update import CommentUpdate
from .consent import Consent
from .consent_record import ConsentRecord
from .cv_text import CvText
from .cv_text_list import CvTextList
from .cv_text_status import CvTextStatus
from .delivery_status import DeliveryStatus
from .dependency_health import DependencyHealth
from .description_format import DescriptionFormat
from .document_content_type import DocumentContentType
from .employer import Employer
from .employer_settings import EmployerSettings
from .employer_summary import EmployerSummary
from .employer_update import EmployerUpdate
from .employer_updated_event import EmployerUpdatedEvent
from .employer_updated_event_data import EmployerUpdatedEventData
from .employer_updated_event_data_object import EmployerUpdatedEventDataObject
from .employer_updated_event_type import EmployerUpdatedEventType
from .employment_type import EmploymentType
from .event import Event
from .event_data import EventData
from .event_list import EventList
from .facet_count import FacetCount
from .get_analytics_funnel_interval import GetAnalyticsFunnelInterval
from .get_job_analytics_interval import GetJobAnalyticsInterval
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .health import Health
from .health_state import HealthState
from .job import Job
from .job_closed_event import JobClosedEvent
from .job_closed_event_type import JobClosedEventType
from .job_create import JobCreate
from .job_created_event import JobCreatedEvent
from .job_created_event_type import JobCreatedEventType
from .job_deleted_event import JobDeletedEvent
from .job_deleted_event_type import JobDeletedEventType
from .job_event_data import JobEventData
from .job_event_data_object import JobEventDataObject
from .job_list import JobList
from .job_posting_ld import JobPostingLd
from .job_posting_ld_applicant_location_requirements import (
    JobPostingLdApplicantLocationRequirements,
)
from .job_posting_ld_base_salary import JobPostingLdBaseSalary
from .job_posting_ld_hiring_organization import JobPostingLdHiringOrganization
from .job_posting_ld_identifier import JobPostingLdIdentifier
from .job_posting_ld_job_location import JobPostingLdJobLocation
from .job_published_event import JobPublishedEvent
from .job_published_event_type import JobPublishedEventType
from .job_skills import JobSkills
from .job_status import JobStatus
from .job_team import JobTeam
from .job_team_member import JobTeamMember
from .job_team_member_input import JobTeamMemberInput
from .job_team_replace import JobTeamReplace
from .job_team_updated_event import JobTeamUpdatedEvent
from .job_team_updated_event_data import JobTeamUpdatedEventData
from .job_team_updated_event_data_object import JobTeamUpdatedEventDataObject
from .job_team_updated_event_type import JobTeamUpdatedEventType
from .job_translation import JobTranslation
from .job_translation_deleted_event import JobTranslationDeletedEvent
from .job_translation_deleted_event_type import JobTranslationDeletedEventType
from .job_translation_direction import JobTranslationDirection
from .job_translation_event_data import JobTranslationEventData
from .job_translation_event_data_direction import JobTranslationEventDataDirection
from .job_translation_event_data_object import JobTranslationEventDataObject
from .job_translation_list import JobTranslationList
from .job_translation_updated_event import JobTranslationUpdatedEvent
from .job_translation_updated_event_type import JobTranslationUpdatedEventType
from .job_translation_write import JobTranslationWrite
from .job_update import JobUpdate
from .job_updated_event import JobUpdatedEvent
from .job_updated_event_type import JobUpdatedEventType
from .jwk import Jwk
from .jwks import Jwks
from .match_explanation import MatchExplanation
from .match_explanation_components_item import MatchExplanationComponentsItem
from .match_explanation_cv import MatchExplanationCv
from .match_explanation_languages import MatchExplanationLanguages
from .match_explanation_languages_matched_item import (
    MatchExplanationLanguagesMatchedItem,
)
from .match_explanation_languages_matched_item_found_in_item import (
    MatchExplanationLanguagesMatchedItemFoundInItem,
)
from .match_explanation_location import MatchExplanationLocation
from .match_explanation_location_fit import MatchExplanationLocationFit
from .match_explanation_skills import MatchExplanationSkills
from .match_explanation_skills_matched_item import MatchExplanationSkillsMatchedItem
from .match_explanation_skills_matched_item_found_in_item import (
    MatchExplanationSkillsMatchedItemFoundInItem,
)
from .match_explanation_skills_missing_item import MatchExplanationSkillsMissingItem
from .match_explanation_terms_item import MatchExplanationTermsItem
from .member import Member
from .member_deactivated_event import MemberDeactivatedEvent
from .member_deactivated_event_type import MemberDeactivatedEventType
from .member_event_data import MemberEventData
from .member_event_data_object import MemberEventDataObject
from .member_list import MemberList
from .member_role import MemberRole
from .member_status import MemberStatus
from .member_summary import MemberSummary
from .member_update import MemberUpdate
from .member_updated_event import MemberUpdatedEvent
from .member_updated_event_type import MemberUpdatedEventType
from .my_application import MyApplication
from .my_application_list import MyApplicationList
from .notification_choices import NotificationChoices
from .notification_delivery import NotificationDelivery
from .notification_delivery_list import NotificationDeliveryList
from .notification_delivery_record import NotificationDeliveryRecord
from .notification_delivery_status import NotificationDeliveryStatus
from .notification_preferences import NotificationPreferences
from .notification_preferences_replace import NotificationPreferencesReplace
from .notification_preview import NotificationPreview
from .notification_preview_request import NotificationPreviewRequest
from .notification_template import NotificationTemplate
from .notification_template_audience import NotificationTemplateAudience
from .notification_template_list import NotificationTemplateList
from .notification_template_replace import NotificationTemplateReplace
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .public_employer import PublicEmployer
from .public_job import PublicJob
from .public_job_change import PublicJobChange
from .public_job_change_list import PublicJobChangeList
from .public_job_change_type import PublicJobChangeType
from .public_job_direction import PublicJobDirection
from .public_job_list import PublicJobList
from .public_upload_presign_request import PublicUploadPresignRequest
from .rejection_reason import RejectionReason
from .rejection_reason_input import RejectionReasonInput
from .rejection_reasons import RejectionReasons
from .rejection_reasons_replace import RejectionReasonsReplace
from .rejection_reasons_updated_event import RejectionReasonsUpdatedEvent
from .rejection_reasons_updated_event_data import RejectionReasonsUpdatedEventData
from .rejection_reasons_updated_event_data_object import (
    RejectionReasonsUpdatedEventDataObject,
)
from .rejection_reasons_updated_event_type import RejectionReasonsUpdatedEventType
from .salary import Salary
from .salary_period import SalaryPeriod
from .search_facets import SearchFacets
from .search_highlights import SearchHighlights
from .shortlist import Shortlist
from .shortlist_entry import ShortlistEntry
from .shortlist_entry_added_event import ShortlistEntryAddedEvent
from .shortlist_entry_added_event_type import ShortlistEntryAddedEventType
from .shortlist_entry_event_data import ShortlistEntryEventData
from .shortlist_entry_event_data_object import ShortlistEntryEventDataObject
from .shortlist_entry_input import ShortlistEntryInput
from .shortlist_entry_removed_event import ShortlistEntryRemovedEvent
from .shortlist_entry_removed_event_type import ShortlistEntryRemovedEventType
from .shortlist_entry_updated_event import ShortlistEntryUpdatedEvent
from .shortlist_entry_updated_event_type import ShortlistEntryUpdatedEventType
from .shortlist_replace import ShortlistReplace
from .shortlist_replaced_event import ShortlistReplacedEvent
from .shortlist_replaced_event_data import ShortlistReplacedEventData
from .shortlist_replaced_event_data_object import ShortlistReplacedEventDataObject
from .shortlist_replaced_event_type import ShortlistReplacedEventType
from .submission_record import SubmissionRecord
from .subscription_changed_event_data import SubscriptionChangedEventData
from .subscription_changed_event_data_object import SubscriptionChangedEventDataObject
from .subscription_created_event_data import SubscriptionCreatedEventData
from .subscription_created_event_data_object import SubscriptionCreatedEventDataObject
from .subscription_disabled_event_data import SubscriptionDisabledEventData
from .subscription_disabled_event_data_object import SubscriptionDisabledEventDataObject
from .suggestion import Suggestion
from .suggestion_kind import SuggestionKind
from .suggestion_list import SuggestionList
from .taxonomy_list import TaxonomyList
from .taxonomy_term import TaxonomyTerm
from .team_role import TeamRole
from .unsubscribed import Unsubscribed
from .upload import Upload
from .upload_content_type import UploadContentType
from .upload_method import UploadMethod
from .upload_presign import UploadPresign
from .upload_presign_fields import UploadPresignFields
from .upload_presign_request import UploadPresignRequest
from .upload_purpose import UploadPurpose
from .upload_status import UploadStatus
from .webhook_attempt import WebhookAttempt
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_list import WebhookDeliveryList
from .webhook_disabled_reason import WebhookDisabledReason
from .webhook_error_class import WebhookErrorClass
from .webhook_event_selector import WebhookEventSelector
from .webhook_event_type import WebhookEventType
from .webhook_ping_event import WebhookPingEvent
from .webhook_ping_event_data import WebhookPingEventData
from .webhook_ping_event_data_object import WebhookPingEventDataObject
from .webhook_ping_event_type import WebhookPingEventType
from .webhook_subscription import WebhookSubscription
from .webhook_subscription_create import WebhookSubscriptionCreate
from .webhook_subscription_created_event import WebhookSubscriptionCreatedEvent
from .webhook_subscription_created_event_type import WebhookSubscriptionCreatedEventType
from .webhook_subscription_deleted_event import WebhookSubscriptionDeletedEvent
from .webhook_subscription_deleted_event_type import WebhookSubscriptionDeletedEventType
from .webhook_subscription_disabled_event import WebhookSubscriptionDisabledEvent
from .webhook_subscription_disabled_event_type import (
    WebhookSubscriptionDisabledEventType,
)
from .webhook_subscription_list import WebhookSubscriptionList
from .webhook_subscription_secret_rotated_event import (
    WebhookSubscriptionSecretRotatedEvent,
)
from .webhook_subscription_secret_rotated_event_type import (
    WebhookSubscriptionSecretRotatedEventType,
)
from .webhook_subscription_with_secret import WebhookSubscriptionWithSecret
from .workplace_type import WorkplaceType

__all__ = (
    "Activity",
    "ActivityList",
    "AnalyticsConversion",
    "AnalyticsConversionFrom",
    "AnalyticsConversionTo",
    "AnalyticsDuration",
    "AnalyticsPeriod",
    "AnalyticsReport",
    "AnalyticsReportInterval",
    "AnalyticsSource",
    "AnalyticsSourceReport",
    "AnalyticsSourceSource",
    "AnalyticsStageTime",
    "AnalyticsStageTimeStage",
    "AnalyticsTotals",
    "Applicant",
    "ApplicantCreate",
    "ApplicantCreatedEvent",
    "ApplicantCreatedEventType",
    "ApplicantErasedEvent",
    "ApplicantErasedEventType",
    "ApplicantEventData",
    "ApplicantEventDataObject",
    "ApplicantList",
    "ApplicantSummary",
    "ApplicantUpdate",
    "ApplicantUpdatedEvent",
    "ApplicantUpdatedEventType",
    "ApplicantUploadPurpose",
    "Application",
    "ApplicationAnonymizedEvent",
    "ApplicationAnonymizedEventData",
    "ApplicationAnonymizedEventDataObject",
    "ApplicationAnonymizedEventType",
    "ApplicationAssignedEvent",
    "ApplicationAssignedEventData",
    "ApplicationAssignedEventDataObject",
    "ApplicationAssignedEventType",
    "ApplicationCommentCreatedEvent",
    "ApplicationCommentCreatedEventType",
    "ApplicationCommentDeletedEvent",
    "ApplicationCommentDeletedEventType",
    "ApplicationCommentEventData",
    "ApplicationCommentEventDataObject",
    "ApplicationCommentUpdatedEvent",
    "ApplicationCommentUpdatedEventType",
    "ApplicationCreate",
    "ApplicationCreatedEvent",
    "ApplicationCreatedEventData",
    "ApplicationCreatedEventDataObject",
    "ApplicationCreatedEventType",
    "ApplicationList",
    "ApplicationMatch",
    "ApplicationMatchStatus",
    "ApplicationMatchSummary",
    "ApplicationNote",
    "ApplicationNoteAddedEvent",
    "ApplicationNoteAddedEventData",
    "ApplicationNoteAddedEventDataObject",
    "ApplicationNoteAddedEventType",
    "ApplicationReceipt",
    "ApplicationSnapshot",
    "ApplicationSort",
    "ApplicationSource",
    "ApplicationStatus",
    "ApplicationStatusChangedEvent",
    "ApplicationStatusChangedEventData",
    "ApplicationStatusChangedEventDataObject",
    "ApplicationStatusChangedEventType",
    "ApplicationSubmission",
    "ApplicationSubmissionAddedEvent",
    "ApplicationSubmissionAddedEventData",
    "ApplicationSubmissionAddedEventDataObject",
    "ApplicationSubmissionAddedEventType",
    "ApplicationUpdate",
    "ApplySource",
    "AuditEntityType",
    "AuditEvent",
    "AuditEventChanges",
    "AuditEventList",
    "Comment",
    "CommentCreate",
    "CommentFormat",
    "CommentList",
    "CommentRevision",
    "CommentUpdate",
    "Consent",
    "ConsentRecord",
    "CvText",
    "CvTextList",
    "CvTextStatus",
    "DeliveryStatus",
    "DependencyHealth",
    "DescriptionFormat",
    "DocumentContentType",
    "Employer",
    "EmployerSettings",
    "EmployerSummary",
    "EmployerUpdate",
    "EmployerUpdatedEvent",
    "EmployerUpdatedEventData",
    "EmployerUpdatedEventDataObject",
    "EmployerUpdatedEventType",
    "EmploymentType",
    "Event",
    "EventData",
    "EventList",
    "FacetCount",
    "GetAnalyticsFunnelInterval",
    "GetJobAnalyticsInterval",
    "GetOpenapiJsonResponse200",
    "Health",
    "HealthState",
    "Job",
    "JobClosedEvent",
    "JobClosedEventType",
    "JobCreate",
    "JobCreatedEvent",
    "JobCreatedEventType",
    "JobDeletedEvent",
    "JobDeletedEventType",
    "JobEventData",
    "JobEventDataObject",
    "JobList",
    "JobPostingLd",
    "JobPostingLdApplicantLocationRequirements",
    "JobPostingLdBaseSalary",
    "JobPostingLdHiringOrganization",
    "JobPostingLdIdentifier",
    "JobPostingLdJobLocation",
    "JobPublishedEvent",
    "JobPublishedEventType",
    "JobSkills",
    "JobStatus",
    "JobTeam",
    "JobTeamMember",
    "JobTeamMemberInput",
    "JobTeamReplace",
    "JobTeamUpdatedEvent",
    "JobTeamUpdatedEventData",
    "JobTeamUpdatedEventDataObject",
    "JobTeamUpdatedEventType",
    "JobTranslation",
    "JobTranslationDeletedEvent",
    "JobTranslationDeletedEventType",
    "JobTranslationDirection",
    "JobTranslationEventData",
    "JobTranslationEventDataDirection",
    "JobTranslationEventDataObject",
    "JobTranslationList",
    "JobTranslationUpdatedEvent",
    "JobTranslationUpdatedEventType",
    "JobTranslationWrite",
    "JobUpdate",
    "JobUpdatedEvent",
    "JobUpdatedEventType",
    "Jwk",
    "Jwks",
    "MatchExplanation",
    "MatchExplanationComponentsItem",
    "MatchExplanationCv",
    "MatchExplanationLanguages",
    "MatchExplanationLanguagesMatchedItem",
    "MatchExplanationLanguagesMatchedItemFoundInItem",
    "MatchExplanationLocation",
    "MatchExplanationLocationFit",
    "MatchExplanationSkills",
    "MatchExplanationSkillsMatchedItem",
    "MatchExplanationSkillsMatchedItemFoundInItem",
    "MatchExplanationSkillsMissingItem",
    "MatchExplanationTermsItem",
    "Member",
    "MemberDeactivatedEvent",
    "MemberDeactivatedEventType",
    "MemberEventData",
    "MemberEventDataObject",
    "MemberList",
    "MemberRole",
    "MemberStatus",
    "MemberSummary",
    "MemberUpdate",
    "MemberUpdatedEvent",
    "MemberUpdatedEventType",
    "MyApplication",
    "MyApplicationList",
    "NotificationChoices",
    "NotificationDelivery",
    "NotificationDeliveryList",
    "NotificationDeliveryRecord",
    "NotificationDeliveryStatus",
    "NotificationPreferences",
    "NotificationPreferencesReplace",
    "NotificationPreview",
    "NotificationPreviewRequest",
    "NotificationTemplate",
    "NotificationTemplateAudience",
    "NotificationTemplateList",
    "NotificationTemplateReplace",
    "Problem",
    "ProblemFieldError",
    "PublicEmployer",
    "PublicJob",
    "PublicJobChange",
    "PublicJobChangeList",
    "PublicJobChangeType",
    "PublicJobDirection",
    "PublicJobList",
    "PublicUploadPresignRequest",
    "RejectionReason",
    "RejectionReasonInput",
    "RejectionReasons",
    "RejectionReasonsReplace",
    "RejectionReasonsUpdatedEvent",
    "RejectionReasonsUpdatedEventData",
    "RejectionReasonsUpdatedEventDataObject",
    "RejectionReasonsUpdatedEventType",
    "Salary",
    "SalaryPeriod",
    "SearchFacets",
    "SearchHighlights",
    "Shortlist",
    "ShortlistEntry",
    "ShortlistEntryAddedEvent",
    "ShortlistEntryAddedEventType",
    "ShortlistEntryEventData",
    "ShortlistEntryEventDataObject",
    "ShortlistEntryInput",
    "ShortlistEntryRemovedEvent",
    "ShortlistEntryRemovedEventType",
    "ShortlistEntryUpdatedEvent",
    "ShortlistEntryUpdatedEventType",
    "ShortlistReplace",
    "ShortlistReplacedEvent",
    "ShortlistReplacedEventData",
    "ShortlistReplacedEventDataObject",
    "ShortlistReplacedEventType",
    "SubmissionRecord",
    "SubscriptionChangedEventData",
    "SubscriptionChangedEventDataObject",
    "SubscriptionCreatedEventData",
    "SubscriptionCreatedEventDataObject",
    "SubscriptionDisabledEventData",
    "SubscriptionDisabledEventDataObject",
    "Suggestion",
    "SuggestionKind",
    "SuggestionList",
    "TaxonomyList",
    "TaxonomyTerm",
    "TeamRole",
    "Unsubscribed",
    "Upload",
    "UploadContentType",
    "UploadMethod",
    "UploadPresign",
    "UploadPresignFields",
    "UploadPresignRequest",
    "UploadPurpose",
    "UploadStatus",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookDisabledReason",
    "WebhookErrorClass",
    "WebhookEventSelector",
    "WebhookEventType",
    "WebhookPingEvent",
    "WebhookPingEventData",
    "WebhookPingEventDataObject",
    "WebhookPingEventType",
    "WebhookSubscription",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionCreatedEvent",
    "WebhookSubscriptionCreatedEventType",
    "WebhookSubscriptionDeletedEvent",
    "WebhookSubscriptionDeletedEventType",
    "WebhookSubscriptionDisabledEvent",
    "WebhookSubscriptionDisabledEventType",
    "WebhookSubscriptionList",
    "WebhookSubscriptionSecretRotatedEvent",
    "WebhookSubscriptionSecretRotatedEventType",
    "WebhookSubscriptionWithSecret",
    "WorkplaceType",
)
