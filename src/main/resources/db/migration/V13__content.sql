-- Public content (政策法规, 资格条件, 评审通知, 办事指南, 通知公告, 文件下载) and its attachments. body_html is the
-- sanitised rendering of body_markdown made at save time, so a page view never renders or sanitises.
create table content_item (
    id            bigint generated always as identity primary key,
    section       varchar(16)  not null
        check (section in ('POLICY', 'QUALIFICATION', 'REVIEW_NOTICE', 'GUIDE', 'ANNOUNCEMENT', 'DOWNLOAD')),
    title         varchar(200) not null,
    summary       varchar(500),
    body_markdown text         not null,
    body_html     text         not null,
    committee_id  bigint references committee (id),
    review_year   integer,
    pinned        boolean      not null default false,
    published     boolean      not null default false,
    published_at  timestamptz,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);

-- Serves the public list: one section's published items, pinned first, newest first.
create index content_item_public_list
    on content_item (section, published, pinned desc, published_at desc, id desc);

-- Serves the title search (ILIKE '%…%'); pg_trgm was created by V7.
create index content_item_title_trgm on content_item using gin (title gin_trgm_ops);

create table content_attachment (
    id           bigint generated always as identity primary key,
    item_id      bigint       not null references content_item (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    bytes        bytea        not null,
    uploaded_at  timestamptz  not null
);

create index content_attachment_item on content_attachment (item_id);
