-- Committee results (issue #6 part 6; DOMAIN.md §6.3 十二, §7.1 steps 5–6): a committee's session with the members
-- expected and present, one vote per file (同意, 不同意, 弃权) with its outcome, and the session's 评后公示 once the
-- results are published. The quorum and the pass ratio are configuration (portal.committee.*); the database keeps
-- what must hold whatever they are set to.

create table committee_session (
    id                      bigint generated always as identity primary key,
    committee_id            bigint      not null references committee (id),
    review_year             int         not null,
    held_on                 date        not null,
    members_total           int         not null check (members_total > 0),
    members_present         int         not null check (members_present > 0 and members_present <= members_total),
    chair                   varchar(40) not null check (length(btrim(chair)) > 0),
    created_by              bigint      not null references user_account (id),
    created_at              timestamptz not null,
    version                 bigint      not null default 0,
    result_notice_starts_on date        null,
    result_notice_ends_on   date        null,
    published_at            timestamptz null,
    -- published means a whole notice period, never half of one
    check ((published_at is null) = (result_notice_starts_on is null)
        and (published_at is null) = (result_notice_ends_on is null)),
    check (result_notice_starts_on <= result_notice_ends_on)
);
-- A city's sessions: its committees (committee_region_idx), then each committee's sessions newest first.
create index committee_session_committee_idx on committee_session (committee_id, id desc);
-- The public 评后公示 list: published sessions by the end of their notice, newest first (keyset on ends_on, id).
create index committee_session_results_idx on committee_session (result_notice_ends_on desc, id desc)
    where published_at is not null;

-- One vote per file, ever: the primary key is the application.
create table committee_vote (
    application_id bigint      not null primary key references application (id),
    session_id     bigint      not null references committee_session (id),
    agree          int         not null check (agree >= 0),
    disagree       int         not null check (disagree >= 0),
    abstain        int         not null check (abstain >= 0),
    outcome        varchar(4)  not null check (outcome in ('PASS', 'FAIL')),
    recorded_by    bigint      not null references user_account (id),
    recorded_at    timestamptz not null
);
-- A session's votes, and its passed candidates on the public page, in application order (keyset on application_id).
create index committee_vote_session_idx on committee_vote (session_id, outcome, application_id);

-- The session page: the files of one committee and review year waiting for their vote, in the reviewer's city.
create index application_committee_queue_idx on application (committee_id, review_year, status, city_id,
                                                               status_changed_at, id);

-- The ballots cast cannot exceed the members present, nor be cast once the results are published; a recorded vote
-- is the committee's record and is never changed.
create function committee_vote_guard() returns trigger language plpgsql as $$
declare
    present   int;
    published timestamptz;
begin
    if tg_op <> 'INSERT' then
        raise exception 'committee_vote is append-only';
    end if;
    select members_present, published_at into present, published
    from committee_session where id = new.session_id for share;
    if new.agree + new.disagree + new.abstain > present then
        raise exception 'committee_vote: % ballots with % members present',
            new.agree + new.disagree + new.abstain, present;
    end if;
    if published is not null then
        raise exception 'committee_vote: session % is already published', new.session_id;
    end if;
    return new;
end;
$$;
create trigger committee_vote_is_guarded before insert or update or delete on committee_vote
    for each row execute function committee_vote_guard();
