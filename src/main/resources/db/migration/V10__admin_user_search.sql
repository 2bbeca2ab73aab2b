-- 用户管理 (issue #3, part 6): administrators find accounts by a username or name prefix, optionally within one role,
-- a page at a time in id order (keyset paging), so no search reads the whole table.
-- LIKE 'x%' can use a plain btree only under the C collation. The embedded database is C, a production server may
-- not be, so each prefix search has a pattern-operator-class index of its own.
create index user_account_username_pattern_idx on user_account (username varchar_pattern_ops);
create index user_account_display_name_pattern_idx on user_account (display_name varchar_pattern_ops);
-- One role's accounts in id order: the role filter without a search term.
create index user_account_role_id_idx on user_account (role, id);
