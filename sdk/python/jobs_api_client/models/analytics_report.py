from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_report_interval import AnalyticsReportInterval

if TYPE_CHECKING:
    from ..models.analytics_conversion import AnalyticsConversion
    from ..models.analytics_duration import AnalyticsDuration
    from ..models.analytics_period import AnalyticsPeriod
    from ..models.analytics_source import AnalyticsSource
    from ..models.analytics_stage_time import AnalyticsStageTime
    from ..models.analytics_totals import AnalyticsTotals


T = TypeVar("T", bound="AnalyticsReport")


@_attrs_define
class AnalyticsReport:
    """A hiring funnel report (of one job, or across jobs).

    Attributes:
        job_id (None | UUID): The job (`null` across jobs).
        from_ (datetime.date): First UTC day covered.
        to (datetime.date): Last UTC day covered (included).
        interval (AnalyticsReportInterval): The periods of the series.
        totals (AnalyticsTotals): The report's totals.
        conversions (list[AnalyticsConversion]): Each step to the next: views to applications, then stage to stage.
        stage_times (list[AnalyticsStageTime]): Time in each stage before leaving it.
        time_to_hire (AnalyticsDuration): A time's distribution, in seconds, over the applications it applies to.
        sources (list[AnalyticsSource]): Applications by source and campaign, most first (at most 10,000 rows).
        series (list[AnalyticsPeriod]): Every period from `from` to `to`, empty ones included.
    """

    job_id: None | UUID
    from_: datetime.date
    to: datetime.date
    interval: AnalyticsReportInterval
    totals: AnalyticsTotals
    conversions: list[AnalyticsConversion]
    stage_times: list[AnalyticsStageTime]
    time_to_hire: AnalyticsDuration
    sources: list[AnalyticsSource]
    series: list[AnalyticsPeriod]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: None | str
        if isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        interval = self.interval.value

        totals = self.totals.to_dict()

        conversions = []
        for conversions_item_data in self.conversions:
            conversions_item = conversions_item_data.to_dict()
            conversions.append(conversions_item)

        stage_times = []
        for stage_times_item_data in self.stage_times:
            stage_times_item = stage_times_item_data.to_dict()
            stage_times.append(stage_times_item)

        time_to_hire = self.time_to_hire.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "from": from_,
                "to": to,
                "interval": interval,
                "totals": totals,
                "conversions": conversions,
                "stage_times": stage_times,
                "time_to_hire": time_to_hire,
                "sources": sources,
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_conversion import AnalyticsConversion
        from ..models.analytics_duration import AnalyticsDuration
        from ..models.analytics_period import AnalyticsPeriod
        from ..models.analytics_source import AnalyticsSource
        from ..models.analytics_stage_time import AnalyticsStageTime
        from ..models.analytics_totals import AnalyticsTotals

        d = dict(src_dict)

        def _parse_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)

                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        job_id = _parse_job_id(d.pop("job_id"))

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        interval = AnalyticsReportInterval(d.pop("interval"))

        totals = AnalyticsTotals.from_dict(d.pop("totals"))

        conversions = []
        _conversions = d.pop("conversions")
        for conversions_item_data in _conversions:
            conversions_item = AnalyticsConversion.from_dict(conversions_item_data)

            conversions.append(conversions_item)

        stage_times = []
        _stage_times = d.pop("stage_times")
        for stage_times_item_data in _stage_times:
            stage_times_item = AnalyticsStageTime.from_dict(stage_times_item_data)

            stage_times.append(stage_times_item)

        time_to_hire = AnalyticsDuration.from_dict(d.pop("time_to_hire"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = AnalyticsSource.from_dict(sources_item_data)

            sources.append(sources_item)

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = AnalyticsPeriod.from_dict(series_item_data)

            series.append(series_item)

        analytics_report = cls(
            job_id=job_id,
            from_=from_,
            to=to,
            interval=interval,
            totals=totals,
            conversions=conversions,
            stage_times=stage_times,
            time_to_hire=time_to_hire,
            sources=sources,
            series=series,
        )

        analytics_report.additional_properties = d
        return analytics_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
