-- Legitimate reads: every entry must pass SqlGuard.requireSafeRead and be classified READ.
-- Format: see README.md in this folder. Tables refer to the sample schema described there.

-- expect: READ | JDBC parameter
SELECT id, name FROM customers WHERE id = ?
-- expect: READ | BETWEEN two parameters
SELECT * FROM orders WHERE created_at BETWEEN ? AND ?
-- expect: READ | window function over an aggregate
SELECT customer_id, sum(total) AS revenue, rank() OVER (ORDER BY sum(total) DESC) FROM orders GROUP BY customer_id
-- expect: READ | lag over a partition
SELECT id, total, lag(total) OVER (PARTITION BY customer_id ORDER BY created_at) AS previous_total FROM orders
-- expect: READ | moving average with a frame clause
SELECT id, avg(total) OVER (ORDER BY created_at ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) FROM orders
-- expect: READ | named window
SELECT id, ntile(4) OVER w, first_value(total) OVER w FROM orders WINDOW w AS (PARTITION BY customer_id ORDER BY total)
-- expect: READ | CTE with an interval
WITH recent AS (SELECT * FROM orders WHERE created_at > now() - interval '30 days') SELECT customer_id, count(*) FROM recent GROUP BY customer_id
-- expect: READ | recursive CTE with a bound
WITH RECURSIVE days(d) AS (SELECT date '2024-01-01' UNION ALL SELECT d + 1 FROM days WHERE d < date '2024-01-31') SELECT d FROM days
-- expect: READ | lateral join to a limited subquery
SELECT c.name, o.total FROM customers c CROSS JOIN LATERAL (SELECT total FROM orders WHERE customer_id = c.id ORDER BY created_at DESC LIMIT 3) o
-- expect: READ | JSON operators -> ->> @>
SELECT data->>'city' AS city, data->'tags' AS tags FROM customers WHERE data @> '{"vip": true}'
-- expect: READ | JSON path operator #>>
SELECT data #>> '{address,zip}' FROM customers
-- expect: READ | a string containing a semicolon and DELETE
SELECT * FROM orders WHERE note = 'x; DELETE FROM orders'
-- expect: READ | a string containing DROP and a comment marker
SELECT 'DROP TABLE customers; --' AS harmless_text
-- expect: READ | a dollar-quoted literal containing a quote, a semicolon and DELETE
SELECT $$It's a ; DELETE FROM orders$$ AS dollar_quoted
-- expect: READ | $$ inside a tagged dollar quote
SELECT $body$ $$ ; $$ $body$ AS nested_dollar
-- expect: READ | ILIKE
SELECT * FROM customers WHERE name ILIKE '%smith%'
-- expect: READ | date_trunc and ordinal GROUP BY
SELECT date_trunc('month', created_at) AS month, sum(total) FROM orders GROUP BY 1 ORDER BY 1
-- expect: READ | extract
SELECT extract(year FROM created_at) AS year, count(*) FROM orders GROUP BY extract(year FROM created_at)
-- expect: READ | generate_series of dates with a column alias
SELECT d::date FROM generate_series(date '2024-01-01', date '2024-01-07', interval '1 day') AS g(d)
-- expect: READ | searched CASE
SELECT id, CASE WHEN total > 100 THEN 'large' WHEN total > 10 THEN 'medium' ELSE 'small' END AS size FROM orders
-- expect: READ | correlated EXISTS
SELECT * FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)
-- expect: READ | NOT IN subquery
SELECT * FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL)
-- expect: READ | :: casts with type modifiers
SELECT total::numeric(10,2), created_at::date, '42'::int FROM orders
-- expect: READ | CAST
SELECT CAST(total AS integer) FROM orders
-- expect: READ | a block comment containing a semicolon and DROP
SELECT 1 /* ; DROP TABLE customers */
-- expect: READ | trailing semicolon and line comment
SELECT 1; -- trailing comment
-- expect: READ | line comment containing a semicolon
SELECT 1 -- ; DROP TABLE customers
-- expect: READ | nested block comments hide the DROP entirely
SELECT 1 /* outer /* nested ; DROP TABLE x; */ still a comment */
-- expect: READ | leading comment line
-- leading comment
SELECT count(*) FROM orders;
-- expect: READ | E string with an escaped quote, a semicolon and DELETE
SELECT E'it\'s; DELETE FROM orders' AS escaped
-- expect: READ | doubled quote, a semicolon and DELETE
SELECT 'it''s; DELETE FROM orders' AS doubled
-- expect: READ | Unicode-escaped string constant
SELECT U&'d\0061t\+000061' AS unicode_text
-- expect: READ | quoted identifiers with spaces
SELECT "Order Total" FROM "Sales Report"
-- expect: READ | schema-qualified tables
SELECT o.id FROM public.orders o JOIN public.customers c ON c.id = o.customer_id
-- expect: READ | pg_catalog-qualified built-in
SELECT pg_catalog.lower(name) FROM customers
-- expect: READ | DISTINCT ON
SELECT DISTINCT ON (customer_id) customer_id, created_at FROM orders ORDER BY customer_id, created_at DESC
-- expect: READ | aggregate FILTER
SELECT status, count(*) FILTER (WHERE total > 100) AS large FROM orders GROUP BY status
-- expect: READ | ordered-set aggregate
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) FROM orders
-- expect: READ | ordered string_agg
SELECT string_agg(name, ', ' ORDER BY name) FROM customers
-- expect: READ | ROLLUP
SELECT customer_id, count(*) FROM orders GROUP BY ROLLUP (customer_id)
-- expect: READ | set operations
SELECT id FROM orders UNION SELECT id FROM customers EXCEPT SELECT id FROM products
-- expect: READ | VALUES list
VALUES (1, 'one'), (2, 'two')
-- expect: READ | TABLE shorthand
TABLE customers
-- expect: READ | parenthesised query
(SELECT id FROM orders ORDER BY id LIMIT 1)
-- expect: READ | ORDER BY NULLS LAST with LIMIT and OFFSET parameters
SELECT * FROM orders ORDER BY created_at DESC NULLS LAST LIMIT ? OFFSET ?
-- expect: READ | FETCH FIRST
SELECT * FROM orders FETCH FIRST 10 ROWS ONLY
-- expect: READ | coalesce, nullif, greatest
SELECT coalesce(note, 'none'), nullif(status, ''), greatest(total, 0) FROM orders
-- expect: READ | = ANY of an array parameter
SELECT * FROM orders WHERE customer_id = ANY(?)
-- expect: READ | to_char and age
SELECT to_char(created_at, 'YYYY-MM'), age(now(), created_at) FROM orders
-- expect: READ | set-returning JSON function in the select list
SELECT jsonb_array_elements_text(data->'tags') FROM customers
-- expect: READ | lateral set-returning function with a column alias
SELECT c.id, t.tag FROM customers c CROSS JOIN LATERAL jsonb_array_elements_text(c.data->'tags') AS t(tag)
-- expect: READ | regular expression and LIKE
SELECT name FROM customers WHERE name ~* '^a' AND email LIKE '%@example.com'
-- expect: READ | IS DISTINCT FROM
SELECT * FROM orders WHERE status IS DISTINCT FROM 'cancelled'
-- expect: READ | row-value IN subquery
SELECT id FROM orders WHERE (customer_id, status) IN (SELECT id, 'open' FROM customers)
-- expect: READ | array constructor
SELECT ARRAY[1, 2, 3] AS arr
-- expect: READ | locking and INTO words inside strings
SELECT 'FOR UPDATE' AS locking_words, 'SELECT * INTO t' AS into_words
-- expect: READ | count DISTINCT
SELECT count(DISTINCT customer_id) FROM orders
-- expect: READ | date arithmetic with casts
SELECT now()::date - created_at::date AS days_old FROM orders
-- expect: READ | current_date minus an interval
SELECT * FROM orders WHERE created_at >= current_date - interval '7 days'
-- expect: READ | string constants continued across a line break are one constant
SELECT * FROM products WHERE name = 'x'
  'y'
-- expect: READ | trailing line comment with a semicolon after a parameter
select id from customers where email = ? -- trailing comment; with a semicolon
-- expect: READ | E string holding one backslash
SELECT E'\\' AS backslash
-- expect: READ | string functions written with SQL keywords
SELECT lower(name), upper(name), length(name), substring(name from 1 for 3), position('a' in name), trim(both ' ' from name) FROM customers
-- expect: READ | correlated scalar subquery
SELECT * FROM orders o WHERE total > (SELECT avg(total) FROM orders WHERE customer_id = o.customer_id)
-- expect: READ | json_build_object
SELECT json_build_object('id', id, 'name', name) FROM customers
-- expect: READ | cast of a parameter
SELECT id FROM orders WHERE created_at::date = ?::date
-- expect: READ | names that merely start like denied functions are columns, not calls
SELECT lo_limit, pg_sleep_minutes FROM settings_report
-- expect: READ | SQL-standard time functions with a precision look like calls
SELECT current_timestamp(0), localtimestamp(3)
