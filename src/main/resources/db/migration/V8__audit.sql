-- Audit trail: who did what to whom, when. Append-only: the database refuses updates and deletes, so not even a
-- bug or a compromised application account can rewrite history (等保 2.0 三级 8.1.4.3 audit record protection).
create table audit_event (
    id           bigint generated always as identity primary key,
    actor_id     bigint,
    actor_role   varchar(20),
    action       varchar(40)  not null,
    subject_type varchar(40)  not null,
    subject_id   bigint,
    detail       varchar(500),
    occurred_at  timestamptz  not null
);

create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
