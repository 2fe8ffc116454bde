-- Imports run as background jobs: the run exists (QUEUED) from the upload on, keeps the uploaded file and its job.
alter table directory.import_run
    add column file_id uuid,
    add column job_id  uuid;
