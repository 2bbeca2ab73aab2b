-- Attachments of an application (issue #5 part 6): scans of diplomas, certificates, appraisal forms, filed under the
-- wizard section they prove. The metadata is one row each; the bytes sit in a sibling table behind the
-- AttachmentStorage interface, so a filesystem or object-store implementation can take over the bytes while the
-- list, the limits and the access checks stay in SQL. Kept in PostgreSQL by default because every instance already
-- shares it, an upload commits with its metadata in one transaction, and one dump backs up everything.
create table application_attachment (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references application (id),
    section        varchar(20)  not null check (section in ('PERSONAL', 'EDUCATION', 'TRAINING', 'ACHIEVEMENTS',
                                                            'APPRAISAL', 'DECLARATION', 'REISSUE')),
    file_name      varchar(255) not null,
    content_type   varchar(100) not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    uploaded_by    bigint       not null references user_account (id),
    uploaded_at    timestamptz  not null
);

-- Serves "the attachments of an application by section" (each wizard page, the per-section count) and the scoped
-- lookup of one attachment (application_id = ? and id = ?).
create index application_attachment_by_section on application_attachment (application_id, section, id);

-- The bytes, stored by DatabaseAttachmentStorage; gone with their row.
create table application_attachment_content (
    attachment_id bigint primary key references application_attachment (id) on delete cascade,
    content       bytea not null
);

-- PDFs and JPEGs are compressed already: keep the bytes out of line without TOAST's futile compression attempt.
alter table application_attachment_content alter column content set storage external;
