-- Dashboards (issue #8): the administrator's figures cover one review year across the province; city and county
-- figures use the jurisdiction indexes of V17.
create index application_review_year_idx on application (review_year, status);
