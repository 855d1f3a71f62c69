-- A compact music store in the style of the public Chinook sample (PascalCase names, a self-referencing
-- employee hierarchy, invoices with lines). Deterministic data: every value follows from the row number; invoice
-- dates are relative to the day the data is loaded, so questions about "last month" or "this year" find rows.
-- Loaded by AccuracyIT into its own database, as the owner; the reader role gets SELECT.

CREATE TABLE "Genre" ("GenreId" integer PRIMARY KEY, "Name" varchar(120) NOT NULL);
CREATE TABLE "MediaType" ("MediaTypeId" integer PRIMARY KEY, "Name" varchar(120) NOT NULL);
CREATE TABLE "Artist" ("ArtistId" integer PRIMARY KEY, "Name" varchar(120) NOT NULL);
CREATE TABLE "Album" (
    "AlbumId"  integer PRIMARY KEY,
    "Title"    varchar(160) NOT NULL,
    "ArtistId" integer NOT NULL REFERENCES "Artist" ("ArtistId"));
CREATE TABLE "Track" (
    "TrackId"      integer PRIMARY KEY,
    "Name"         varchar(200) NOT NULL,
    "AlbumId"      integer REFERENCES "Album" ("AlbumId"),
    "MediaTypeId"  integer NOT NULL REFERENCES "MediaType" ("MediaTypeId"),
    "GenreId"      integer REFERENCES "Genre" ("GenreId"),
    "Composer"     varchar(220),
    "Milliseconds" integer NOT NULL,
    "Bytes"        integer,
    "UnitPrice"    numeric(10, 2) NOT NULL);
CREATE TABLE "Employee" (
    "EmployeeId" integer PRIMARY KEY,
    "LastName"   varchar(20) NOT NULL,
    "FirstName"  varchar(20) NOT NULL,
    "Title"      varchar(30),
    "ReportsTo"  integer REFERENCES "Employee" ("EmployeeId"),
    "BirthDate"  date,
    "HireDate"   date,
    "City"       varchar(40),
    "Country"    varchar(40),
    "Phone"      varchar(24),
    "Fax"        varchar(24),
    "Email"      varchar(60));
CREATE TABLE "Customer" (
    "CustomerId"   integer PRIMARY KEY,
    "FirstName"    varchar(40) NOT NULL,
    "LastName"     varchar(20) NOT NULL,
    "Company"      varchar(80),
    "City"         varchar(40),
    "Country"      varchar(40),
    "Phone"        varchar(24),
    "Fax"          varchar(24),
    "Email"        varchar(60) NOT NULL,
    "SupportRepId" integer REFERENCES "Employee" ("EmployeeId"));
CREATE TABLE "Invoice" (
    "InvoiceId"      integer PRIMARY KEY,
    "CustomerId"     integer NOT NULL REFERENCES "Customer" ("CustomerId"),
    "InvoiceDate"    timestamp NOT NULL,
    "BillingCity"    varchar(40),
    "BillingCountry" varchar(40),
    "Total"          numeric(10, 2) NOT NULL);
CREATE TABLE "InvoiceLine" (
    "InvoiceLineId" integer PRIMARY KEY,
    "InvoiceId"     integer NOT NULL REFERENCES "Invoice" ("InvoiceId"),
    "TrackId"       integer NOT NULL REFERENCES "Track" ("TrackId"),
    "UnitPrice"     numeric(10, 2) NOT NULL,
    "Quantity"      integer NOT NULL);

INSERT INTO "Genre" VALUES (1, 'Rock'), (2, 'Jazz'), (3, 'Metal'), (4, 'Alternative & Punk'), (5, 'Blues'),
    (6, 'Latin'), (7, 'Reggae'), (8, 'Pop'), (9, 'Classical'), (10, 'Soundtrack');
INSERT INTO "MediaType" VALUES (1, 'MPEG audio file'), (2, 'Protected AAC audio file'), (3, 'AAC audio file');
INSERT INTO "Artist" VALUES (1, 'AC/DC'), (2, 'Aerosmith'), (3, 'Miles Davis'), (4, 'Iron Maiden'),
    (5, 'Green Day'), (6, 'Eric Clapton'), (7, 'Gilberto Gil'), (8, 'Bob Marley'), (9, 'Madonna'),
    (10, 'Berliner Philharmoniker'), (11, 'Hans Zimmer'), (12, 'Norah Jones');
INSERT INTO "Album" ("AlbumId", "Title", "ArtistId")
SELECT n, (ARRAY['For Those About To Rock', 'Big Ones', 'Kind of Blue', 'Powerslave', 'American Idiot',
                 'Unplugged', 'Quanta', 'Legend', 'Ray of Light', 'Symphony No. 5', 'Inception',
                 'Come Away With Me', 'Back in Black', 'Pump', 'Bitches Brew', 'Fear of the Dark', 'Dookie',
                 'Slowhand', 'Kaya', 'Interstellar'])[n],
       (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 8, 11])[n]
  FROM generate_series(1, 20) AS n;
-- Each album's genre follows its artist.
INSERT INTO "Track" ("TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer", "Milliseconds", "Bytes",
                     "UnitPrice")
SELECT n,
       (ARRAY['Intro', 'Night', 'Blue', 'Fire', 'River', 'Dream', 'Storm', 'Heart', 'Road', 'Light'])[1 + n % 10]
           || ' ' || (ARRAY['Song', 'Theme', 'Blues', 'Dance', 'Waltz', 'Call', 'Run'])[1 + (n * 3) % 7]
           || ' ' || n,
       a."AlbumId",
       1 + n % 3,
       (ARRAY[1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2])[a."ArtistId"],
       CASE WHEN n % 4 = 0 THEN NULL
            ELSE (ARRAY['Angus Young', 'Steven Tyler', 'Miles Davis', 'Steve Harris', 'Billie Joe Armstrong',
                        'Eric Clapton', 'Gilberto Gil', 'Bob Marley', 'Madonna', 'Ludwig van Beethoven',
                        'Hans Zimmer', 'Jesse Harris'])[a."ArtistId"] END,
       150000 + (n * 7919) % 300000,
       3000000 + (n * 104729) % 9000000,
       CASE WHEN n % 10 = 0 THEN 1.99 ELSE 0.99 END
  FROM generate_series(1, 100) AS n
  JOIN "Album" a ON a."AlbumId" = 1 + (n - 1) % 20;
INSERT INTO "Employee" VALUES
    (1, 'Adams', 'Andrew', 'General Manager', NULL, '1962-02-18', '2002-08-14', 'Edmonton', 'Canada',
        '+1 (780) 428-9482', '+1 (780) 428-3457', 'andrew@chinookcorp.com'),
    (2, 'Edwards', 'Nancy', 'Sales Manager', 1, '1958-12-08', '2002-05-01', 'Calgary', 'Canada',
        '+1 (403) 262-3443', '+1 (403) 262-3322', 'nancy@chinookcorp.com'),
    (3, 'Peacock', 'Jane', 'Sales Support Agent', 2, '1973-08-29', '2002-04-01', 'Calgary', 'Canada',
        '+1 (403) 262-3443', '+1 (403) 262-6712', 'jane@chinookcorp.com'),
    (4, 'Park', 'Margaret', 'Sales Support Agent', 2, '1947-09-19', '2003-05-03', 'Calgary', 'Canada',
        '+1 (403) 263-4423', NULL, 'margaret@chinookcorp.com'),
    (5, 'Johnson', 'Steve', 'Sales Support Agent', 2, '1965-03-03', '2003-10-17', 'Calgary', 'Canada',
        '1 (780) 836-9987', NULL, 'steve@chinookcorp.com'),
    (6, 'Mitchell', 'Michael', 'IT Manager', 1, '1973-07-01', '2003-10-17', 'Calgary', 'Canada',
        '+1 (403) 246-9887', '+1 (403) 246-9899', 'michael@chinookcorp.com'),
    (7, 'King', 'Robert', 'IT Staff', 6, '1970-05-29', '2004-01-02', 'Lethbridge', 'Canada',
        '+1 (403) 456-9986', NULL, 'robert@chinookcorp.com'),
    (8, 'Callahan', 'Laura', 'IT Staff', 6, '1968-01-09', '2004-03-04', 'Lethbridge', 'Canada',
        '+1 (403) 467-3351', '+1 (403) 467-8772', 'laura@chinookcorp.com');
INSERT INTO "Customer" ("CustomerId", "FirstName", "LastName", "Company", "City", "Country", "Phone", "Fax",
                        "Email", "SupportRepId")
SELECT n,
       (ARRAY['Luis', 'Leonie', 'Francois', 'Bjorn', 'Frantisek', 'Helena', 'Astrid', 'Daan', 'Kara', 'Eduardo',
              'Alexandre', 'Roberto', 'Fernanda', 'Mark', 'Jennifer', 'Frank', 'Jack', 'Michelle', 'Tim', 'Dan'])
           [1 + (n - 1) % 20],
       (ARRAY['Goncalves', 'Kohler', 'Tremblay', 'Hansen', 'Wichterlova', 'Holy', 'Gruber', 'Peeters', 'Nielsen',
              'Martins', 'Rocha', 'Almeida', 'Ramos', 'Philips', 'Peterson', 'Harris', 'Smith', 'Brooks',
              'Goyer', 'Miller', 'Chase', 'Gordon', 'Murray', 'Ralston'])[1 + (n * 7) % 24],
       CASE WHEN n % 5 = 0 THEN (ARRAY['Embraer', 'JetBrains', 'Woodstock Discos', 'Microsoft', 'Apple'])
           [1 + (n / 5) % 5] END,
       c.city, c.country,
       CASE WHEN n % 9 = 0 THEN NULL ELSE '+' || (10 + n * 13 % 80) || ' ' || (1000000 + n * 7717 % 8999999) END,
       CASE WHEN n % 3 = 0 THEN '+' || (10 + n * 13 % 80) || ' ' || (2000000 + n * 911 % 7999999) END,
       'customer' || n || '@example.com',
       3 + n % 3
  FROM generate_series(1, 40) AS n
  JOIN (VALUES (0, 'Sao Paulo', 'Brazil'), (1, 'Stuttgart', 'Germany'), (2, 'Montreal', 'Canada'),
               (3, 'Oslo', 'Norway'), (4, 'Prague', 'Czech Republic'), (5, 'Vienna', 'Austria'),
               (6, 'Brussels', 'Belgium'), (7, 'Copenhagen', 'Denmark'), (8, 'Rio de Janeiro', 'Brazil'),
               (9, 'Toronto', 'Canada'), (10, 'Mountain View', 'USA'), (11, 'Redmond', 'USA'),
               (12, 'New York', 'USA'), (13, 'Paris', 'France'), (14, 'London', 'United Kingdom'),
               (15, 'Berlin', 'Germany')) AS c(idx, city, country) ON c.idx = (n * 3) % 16;
INSERT INTO "Invoice" ("InvoiceId", "CustomerId", "InvoiceDate", "BillingCity", "BillingCountry", "Total")
SELECT n, cu."CustomerId",
       (CURRENT_DATE - ((n * 37) % 900) * interval '1 day')::timestamp,
       cu."City", cu."Country", 0
  FROM generate_series(1, 150) AS n
  JOIN "Customer" cu ON cu."CustomerId" = 1 + (n * 11) % 40;
INSERT INTO "InvoiceLine" ("InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity")
SELECT row_number() OVER (ORDER BY i."InvoiceId", k), i."InvoiceId", t."TrackId", t."UnitPrice", 1 + (i."InvoiceId" + k) % 2
  FROM "Invoice" i
 CROSS JOIN LATERAL generate_series(0, i."InvoiceId" % 4) AS k
  JOIN "Track" t ON t."TrackId" = 1 + (i."InvoiceId" * 7 + k * 13) % 100;
UPDATE "Invoice" i SET "Total" = s.total
  FROM (SELECT "InvoiceId", sum("UnitPrice" * "Quantity") AS total FROM "InvoiceLine" GROUP BY "InvoiceId") s
 WHERE s."InvoiceId" = i."InvoiceId";
ANALYZE;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgwarden_reader;
