DROP FUNCTION upload_employer(uuid);
DROP TABLE uploads;
