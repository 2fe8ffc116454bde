-- files attached to a policy document (the bytes and their metadata are in the platform's file store)
create table policy.document_attachments (
    document_id bigint       not null references policy.documents (id),
    file_id     uuid         not null primary key,
    attached_by varchar(100) not null,
    attached_at timestamptz  not null
);
create index document_attachments_document on policy.document_attachments (document_id, attached_at);
