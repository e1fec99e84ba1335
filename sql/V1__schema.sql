-- The schema of the home medical care promotion program report (在宅療養推進事業実施結果).
--
-- One report per fiscal year; every table is keyed by the fiscal year as printed ('令和4年度'), so next year's
-- report is added as new rows, never as new tables. Codes ('1-1', '1-1-1') are stable across years so the
-- dashboard can compare years.
--
-- Conventions
--   * Text columns hold the source as printed (line breaks of the PDF layout removed, nothing else changed).
--   * `printed` columns hold a figure exactly as printed, unit included ('延べ人数603名', '４回');
--     `amount` holds the same figure as a number, so it can be charted and checked.
--   * `src_line` is the line in the extracted source text (src/main/resources/source/, named by
--     fiscal_year.source_text) where the row stands; `reading_note` (Japanese, shown to readers) says where we had to choose a reading.
--   * Era dates stay as printed; Java reads them with java.time.chrono.JapaneseDate into era_reading at start.
--
-- jOOQ generates its Java classes from this file only (see pom.xml), so keep it to plain standard SQL.

CREATE TABLE fiscal_year (
  label              VARCHAR(16)   NOT NULL PRIMARY KEY, -- 令和4年度
  title              VARCHAR(200)  NOT NULL,
  as_of              VARCHAR(32)   NOT NULL,             -- 令和５年３月末
  document_label     VARCHAR(16)   NOT NULL,             -- 資料1
  program_name       VARCHAR(100)  NOT NULL,             -- ●在宅療養の推進
  aim                VARCHAR(200)  NOT NULL,
  indicator_state    VARCHAR(400)  NOT NULL,             -- the one 目指すべき状態 of the 【指標】 section
  attachment_title   VARCHAR(200)  NOT NULL,             -- 別紙
  attachment_updated VARCHAR(32)   NOT NULL,             -- 令和５年３月 (printed with 更新)
  source_text        VARCHAR(100)  NOT NULL,             -- file name of the extracted source text
  src_line           INT           NOT NULL
);

-- Ward divisions and partner bodies named as 担当・所管.
CREATE TABLE responsible_unit (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  kind VARCHAR(8)   NOT NULL CHECK (kind IN ('ward', 'partner'))
);

-- 【所管】: the divisions in charge of the whole program.
CREATE TABLE program_unit (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES fiscal_year (label),
  position    INT          NOT NULL,
  unit        VARCHAR(100) NOT NULL REFERENCES responsible_unit (name),
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, position)
);

-- 【目標】
CREATE TABLE target (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES fiscal_year (label),
  position    INT          NOT NULL,
  text        VARCHAR(200) NOT NULL,
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, position)
);

-- The two pillars of work (1, 2) and the COVID-era section, which the report lays out the same way.
CREATE TABLE pillar (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES fiscal_year (label),
  code        VARCHAR(8)   NOT NULL,
  kind        VARCHAR(8)   NOT NULL CHECK (kind IN ('pillar', 'covid')),
  heading     VARCHAR(200) NOT NULL, -- as printed: '1　区民が…' or '【新型コロナウイルス感染症対策】'
  title       VARCHAR(200) NOT NULL,
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, code)
);

CREATE TABLE area (
  fiscal_year VARCHAR(16)  NOT NULL,
  code        VARCHAR(8)   NOT NULL, -- '1-1' for 1（1）
  pillar_code VARCHAR(8)   NOT NULL,
  heading     VARCHAR(100) NOT NULL, -- as printed: '（1）区民への啓発'
  title       VARCHAR(100) NOT NULL,
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, code),
  FOREIGN KEY (fiscal_year, pillar_code) REFERENCES pillar (fiscal_year, code)
);

-- 目指すべき状態
CREATE TABLE desired_state (
  fiscal_year VARCHAR(16)  NOT NULL,
  area_code   VARCHAR(8)   NOT NULL,
  position    INT          NOT NULL,
  text        VARCHAR(200) NOT NULL,
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, area_code, position),
  FOREIGN KEY (fiscal_year, area_code) REFERENCES area (fiscal_year, code)
);

-- 目的
CREATE TABLE purpose (
  fiscal_year  VARCHAR(16)   NOT NULL,
  area_code    VARCHAR(8)    NOT NULL,
  position     INT           NOT NULL,
  text         VARCHAR(200)  NOT NULL,
  src_line     INT           NOT NULL,
  reading_note VARCHAR(1000),
  PRIMARY KEY (fiscal_year, area_code, position),
  FOREIGN KEY (fiscal_year, area_code) REFERENCES area (fiscal_year, code)
);

-- 取組: one row of an area's table, with its 実施結果 as printed.
CREATE TABLE initiative (
  fiscal_year       VARCHAR(16)   NOT NULL,
  code              VARCHAR(12)   NOT NULL, -- '1-1-1': area 1（1）, first initiative
  area_code         VARCHAR(8)    NOT NULL,
  purpose_position  INT,                    -- NULL where the source does not say which 目的 it serves
  name              VARCHAR(200)  NOT NULL,
  planned_frequency VARCHAR(32),            -- '3回/年'
  detail            VARCHAR(400),           -- sub-items printed in the 取組 cell
  result_text       VARCHAR(4000) NOT NULL, -- 実施結果
  responsible       VARCHAR(200)  NOT NULL, -- 担当・所管 as printed
  src_line          INT           NOT NULL,
  src_line_end      INT           NOT NULL,
  reading_note      VARCHAR(1000),
  PRIMARY KEY (fiscal_year, code),
  FOREIGN KEY (fiscal_year, area_code) REFERENCES area (fiscal_year, code),
  FOREIGN KEY (fiscal_year, area_code, purpose_position) REFERENCES purpose (fiscal_year, area_code, position)
);

-- 担当・所管 split into units (a unit name may itself contain '・', so this is not a string split).
CREATE TABLE initiative_unit (
  fiscal_year     VARCHAR(16)  NOT NULL,
  initiative_code VARCHAR(12)  NOT NULL,
  unit            VARCHAR(100) NOT NULL REFERENCES responsible_unit (name),
  PRIMARY KEY (fiscal_year, initiative_code, unit),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code)
);

-- 成果指標
CREATE TABLE outcome_indicator (
  fiscal_year     VARCHAR(16)  NOT NULL,
  initiative_code VARCHAR(12)  NOT NULL,
  position        INT          NOT NULL,
  text            VARCHAR(400) NOT NULL,
  src_line        INT          NOT NULL,
  PRIMARY KEY (fiscal_year, initiative_code, position),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code)
);

-- 今後の課題; '-' where the report prints a dash.
CREATE TABLE challenge (
  fiscal_year     VARCHAR(16)   NOT NULL,
  initiative_code VARCHAR(12)   NOT NULL,
  position        INT           NOT NULL,
  heading         VARCHAR(100),           -- '【在宅療養ガイドブック】' where one cell covers several sub-items
  text            VARCHAR(400)  NOT NULL,
  src_line        INT           NOT NULL,
  reading_note    VARCHAR(1000),
  PRIMARY KEY (fiscal_year, initiative_code, position),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code)
);

-- A small table of figures inside one 実施結果 cell, drawn as one chart where `chart` is set.
CREATE TABLE figure_group (
  fiscal_year     VARCHAR(16)  NOT NULL,
  initiative_code VARCHAR(12)  NOT NULL,
  code            VARCHAR(24)  NOT NULL,
  position        INT          NOT NULL,
  title           VARCHAR(200) NOT NULL,
  unit            VARCHAR(16),            -- of the chart's value axis; NULL where the figures differ in unit
  chart           VARCHAR(8)   CHECK (chart IN ('bar', 'stacked', 'hbar')),
  PRIMARY KEY (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code)
);

-- One figure of a 実施結果 cell. `parent_code` is set only where the report presents the figure as one part of a
-- printed total that its parts should add up to; data_check compares them.
CREATE TABLE result_figure (
  fiscal_year     VARCHAR(16)    NOT NULL,
  initiative_code VARCHAR(12)    NOT NULL,
  code            VARCHAR(24)    NOT NULL,
  group_code      VARCHAR(24)    NOT NULL,
  position        INT            NOT NULL,
  parent_code     VARCHAR(24),
  category        VARCHAR(100)   NOT NULL, -- chart axis label: '第1回', '病院から'
  series          VARCHAR(100),            -- chart series where a group has two dimensions: '本会場', 'Zoom'
  amount          DECIMAL(12, 2) NOT NULL,
  unit            VARCHAR(16)    NOT NULL,
  printed         VARCHAR(100)   NOT NULL,
  period          VARCHAR(32),             -- period or start as printed: '27年10月～', '令和4年度'
  headline        BOOLEAN        DEFAULT FALSE NOT NULL,
  src_line        INT            NOT NULL,
  PRIMARY KEY (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, initiative_code, group_code) REFERENCES figure_group (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, initiative_code, parent_code) REFERENCES result_figure (fiscal_year, initiative_code, code)
);

-- What a headline figure counts, in the report's words, where its category alone does not say it, and the figure
-- printed beside it that a reader needs with it ('書面開催１回' beside 8回), named by `beside_label`.
CREATE TABLE headline_context (
  fiscal_year     VARCHAR(16)  NOT NULL,
  initiative_code VARCHAR(12)  NOT NULL,
  figure_code     VARCHAR(24)  NOT NULL,
  counts          VARCHAR(200) NOT NULL,
  beside_label    VARCHAR(100),
  beside_code     VARCHAR(24),
  PRIMARY KEY (fiscal_year, initiative_code, figure_code),
  FOREIGN KEY (fiscal_year, initiative_code, figure_code) REFERENCES result_figure (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, initiative_code, beside_code) REFERENCES result_figure (fiscal_year, initiative_code, code)
);

-- 【指標】: the four surveys that measure the targets.
CREATE TABLE indicator_survey (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES fiscal_year (label),
  code        VARCHAR(16)  NOT NULL,
  position    INT          NOT NULL,
  name        VARCHAR(100) NOT NULL,
  former_name VARCHAR(100),
  frequency   VARCHAR(32)  NOT NULL,          -- '（4回/年）' as printed
  unit        VARCHAR(100) NOT NULL REFERENCES responsible_unit (name),
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, code)
);

-- 在宅医療資源状況把握: counts of care resources on one date.
CREATE TABLE care_resource_count (
  fiscal_year VARCHAR(16)  NOT NULL PRIMARY KEY REFERENCES fiscal_year (label),
  as_of       VARCHAR(32)  NOT NULL, -- '令和5年1月1日'
  heading     VARCHAR(100) NOT NULL, -- as printed
  src_line    INT          NOT NULL
);

-- `parent_code`: a 「うち」 sub-count.
CREATE TABLE care_resource (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES care_resource_count (fiscal_year),
  code        VARCHAR(24)  NOT NULL,
  position    INT          NOT NULL,
  parent_code VARCHAR(24),
  name        VARCHAR(100) NOT NULL, -- as printed: '在支病', '訪問薬局（訪問薬剤管理指導を実施）'
  amount      INT          NOT NULL,
  unit        VARCHAR(8)   NOT NULL,
  printed     VARCHAR(40)  NOT NULL,
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, code),
  FOREIGN KEY (fiscal_year, parent_code) REFERENCES care_resource (fiscal_year, code)
);

-- Kinds of provider in the 医療・介護資源調査; the report names them differently in different places.
CREATE TABLE facility_type (
  code     VARCHAR(16)  NOT NULL PRIMARY KEY,
  position INT          NOT NULL,
  name     VARCHAR(100) NOT NULL
);

CREATE TABLE facility_alias (
  alias         VARCHAR(100) NOT NULL PRIMARY KEY,
  facility_code VARCHAR(16)  NOT NULL REFERENCES facility_type (code)
);

-- 医療・介護資源調査: one round, with its totals as printed.
CREATE TABLE provider_survey (
  fiscal_year      VARCHAR(16)   NOT NULL PRIMARY KEY REFERENCES fiscal_year (label),
  survey_round     VARCHAR(32)   NOT NULL, -- '令和4年度調査'
  sent             INT           NOT NULL,
  sent_printed     VARCHAR(32)   NOT NULL,
  returned         INT           NOT NULL,
  returned_printed VARCHAR(32)   NOT NULL,
  return_rate      DECIMAL(5, 1) NOT NULL,
  rate_printed     VARCHAR(32)   NOT NULL,
  src_line         INT           NOT NULL
);

CREATE TABLE provider_survey_return (
  fiscal_year   VARCHAR(16)   NOT NULL REFERENCES provider_survey (fiscal_year),
  facility_code VARCHAR(16)   NOT NULL REFERENCES facility_type (code),
  position      INT           NOT NULL,
  name          VARCHAR(100)  NOT NULL, -- as printed
  sent          INT           NOT NULL,
  returned      INT           NOT NULL,
  return_rate   DECIMAL(5, 1) NOT NULL,
  printed       VARCHAR(64)   NOT NULL, -- '44.4%（8/18件）'
  src_line      INT           NOT NULL,
  PRIMARY KEY (fiscal_year, facility_code)
);

-- 死亡小票分析
CREATE TABLE death_record_analysis (
  fiscal_year   VARCHAR(16)  NOT NULL PRIMARY KEY REFERENCES fiscal_year (label),
  period_from   VARCHAR(32)  NOT NULL, -- '令和3年1月'
  period_to     VARCHAR(32)  NOT NULL,
  scope         VARCHAR(100) NOT NULL, -- who was counted, as printed
  total_label   VARCHAR(32)  NOT NULL, -- '全看取り死'
  total         INT          NOT NULL,
  total_printed VARCHAR(32)  NOT NULL,
  src_line      INT          NOT NULL
);

-- `target_position`: the 【目標】 this share measures.
CREATE TABLE death_place_share (
  fiscal_year     VARCHAR(16)   NOT NULL REFERENCES death_record_analysis (fiscal_year),
  position        INT           NOT NULL,
  place           VARCHAR(32)   NOT NULL,
  share           DECIMAL(5, 1) NOT NULL,
  printed         VARCHAR(16)   NOT NULL,
  target_position INT,
  src_line        INT           NOT NULL,
  PRIMARY KEY (fiscal_year, position),
  FOREIGN KEY (fiscal_year, target_position) REFERENCES target (fiscal_year, position)
);

-- 高齢者基礎調査: the two questions on home care and their answer shares.
CREATE TABLE resident_question (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES fiscal_year (label),
  code        VARCHAR(16)  NOT NULL,
  position    INT          NOT NULL,
  title       VARCHAR(100) NOT NULL, -- '在宅療養の希望'
  question    VARCHAR(400) NOT NULL,
  asked_of    VARCHAR(200),          -- '※上記で「そう思う」と答えた方が対象'
  respondents VARCHAR(32)  NOT NULL, -- '高齢者一般'
  src_line    INT          NOT NULL,
  PRIMARY KEY (fiscal_year, code)
);

CREATE TABLE resident_answer (
  fiscal_year     VARCHAR(16)   NOT NULL,
  question_code   VARCHAR(16)   NOT NULL,
  position        INT           NOT NULL,
  answer          VARCHAR(32)   NOT NULL,
  share           DECIMAL(5, 1) NOT NULL,
  printed         VARCHAR(16)   NOT NULL,
  target_position INT,
  src_line        INT           NOT NULL,
  PRIMARY KEY (fiscal_year, question_code, position),
  FOREIGN KEY (fiscal_year, question_code) REFERENCES resident_question (fiscal_year, code),
  FOREIGN KEY (fiscal_year, target_position) REFERENCES target (fiscal_year, position)
);

-- 別紙: the council members' organizations. Departments hang under their hospital.
CREATE TABLE organization (
  id        INT          NOT NULL PRIMARY KEY,
  name      VARCHAR(100) NOT NULL UNIQUE, -- as printed; a department without its hospital's name
  parent_id INT          REFERENCES organization (id),
  src_line  INT          NOT NULL
);

-- One numbered row (Ｎｏ) of the 別紙.
CREATE TABLE activity (
  fiscal_year     VARCHAR(16)   NOT NULL REFERENCES fiscal_year (label),
  no              INT           NOT NULL,
  organization_id INT           NOT NULL REFERENCES organization (id),
  audience        VARCHAR(200)  NOT NULL, -- 対象
  issue           VARCHAR(200)  NOT NULL, -- 課題
  purpose         VARCHAR(400)  NOT NULL, -- 目的
  period          VARCHAR(32),            -- 期間 as printed; NULL where the row has no such cell
  frequency       VARCHAR(64),            -- 頻度 as printed
  times_min       DECIMAL(6, 2),          -- 頻度 read as times per year; NULL where it is not a count
  times_max       DECIMAL(6, 2),
  summary         VARCHAR(2000) NOT NULL, -- 概要
  page            INT           NOT NULL, -- page of the 別紙
  src_line        INT           NOT NULL,
  reading_note    VARCHAR(1000),          -- set where the organization or a cell had to be read from position
  PRIMARY KEY (fiscal_year, no)
);

-- 取組（事業名）; one row lists several.
CREATE TABLE activity_program (
  fiscal_year VARCHAR(16)  NOT NULL,
  no          INT          NOT NULL,
  position    INT          NOT NULL,
  name        VARCHAR(200) NOT NULL,
  PRIMARY KEY (fiscal_year, no, position),
  FOREIGN KEY (fiscal_year, no) REFERENCES activity (fiscal_year, no)
);

-- 関与
CREATE TABLE activity_involvement (
  fiscal_year VARCHAR(16) NOT NULL,
  no          INT         NOT NULL,
  involvement VARCHAR(4)  NOT NULL CHECK (involvement IN ('主催', '共催', '協力')),
  PRIMARY KEY (fiscal_year, no, involvement),
  FOREIGN KEY (fiscal_year, no) REFERENCES activity (fiscal_year, no)
);

-- Our reading of the free-text 対象 as residents and/or professionals, for filtering.
CREATE TABLE activity_audience (
  fiscal_year VARCHAR(16) NOT NULL,
  no          INT         NOT NULL,
  audience    VARCHAR(4)  NOT NULL CHECK (audience IN ('区民', '専門職')),
  PRIMARY KEY (fiscal_year, no, audience),
  FOREIGN KEY (fiscal_year, no) REFERENCES activity (fiscal_year, no)
);

-- Figures printed inside a 概要. kind 'per_year' is a count per year comparable with 頻度; 'era_date' a dated era
-- or Gregorian year, read into era_reading like every other date.
CREATE TABLE activity_figure (
  fiscal_year VARCHAR(16)    NOT NULL,
  no          INT            NOT NULL,
  position    INT            NOT NULL,
  kind        VARCHAR(8)     NOT NULL CHECK (kind IN ('per_year', 'count', 'amount', 'date', 'era_date')),
  value_min   DECIMAL(12, 2),
  value_max   DECIMAL(12, 2),
  unit        VARCHAR(16),
  printed     VARCHAR(64)    NOT NULL,
  src_line    INT            NOT NULL,
  PRIMARY KEY (fiscal_year, no, position),
  FOREIGN KEY (fiscal_year, no) REFERENCES activity (fiscal_year, no)
);

-- A partner activity that serves an initiative of the program, with the words of the report that show it.
-- Where `figure_code` is set, the activity's 頻度 and that figure count the same thing; data_check compares them.
CREATE TABLE activity_initiative (
  fiscal_year     VARCHAR(16)  NOT NULL,
  no              INT          NOT NULL,
  initiative_code VARCHAR(12)  NOT NULL,
  figure_code     VARCHAR(24),
  basis           VARCHAR(400) NOT NULL,
  PRIMARY KEY (fiscal_year, no, initiative_code),
  FOREIGN KEY (fiscal_year, no) REFERENCES activity (fiscal_year, no),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code),
  FOREIGN KEY (fiscal_year, initiative_code, figure_code) REFERENCES result_figure (fiscal_year, initiative_code, code)
);

-- The program area a partner activity names in its 課題 (a soft link, as printed: '専門職のネットワーク' names the
-- area '専門職のネットワークの充実').
CREATE VIEW activity_area AS
SELECT a.fiscal_year, a.no, ar.code AS area_code
  FROM activity a JOIN area ar ON ar.fiscal_year = a.fiscal_year
 WHERE POSITION(ar.title IN a.issue) > 0 OR ar.title LIKE a.issue || '%';

-- Words the report prints in more than one way (えん下 and 嚥下): a search for one spelling finds them all. One row
-- per spelling, with every line of the source text that prints it, so the list can be checked against the report.
CREATE TABLE spelling_variant (
  fiscal_year VARCHAR(16)  NOT NULL REFERENCES fiscal_year (label),
  word        VARCHAR(32)  NOT NULL, -- the group: the spelling the report prints most
  spelling    VARCHAR(32)  NOT NULL,
  src_lines   VARCHAR(200) NOT NULL, -- the lines that print this spelling: '1077, 1084, 1088'
  PRIMARY KEY (fiscal_year, spelling)
);

-- Filled at start by Java (java.time.chrono.JapaneseDate) from every string of era_text; never by a script.
CREATE TABLE era_reading (
  printed        VARCHAR(64) NOT NULL PRIMARY KEY,
  well_formed    BOOLEAN     NOT NULL,
  era            VARCHAR(8),           -- 平成; NULL for a Gregorian year
  era_year       INT,
  era_assumed    BOOLEAN     NOT NULL, -- the era was not printed ('27年10月～') and was read as the era in use
  gregorian_year INT,
  month_of_year  INT,
  day_of_month   INT,
  fiscal         BOOLEAN     NOT NULL, -- 年度 (April to March)
  since          BOOLEAN     NOT NULL, -- '～': from then on
  reading        VARCHAR(64)           -- the reading in words; for a malformed string, its most likely meaning
);

-- Every era date printed anywhere in the report, with where it stands. `field` names the column it comes from.
CREATE VIEW era_text AS
SELECT label AS printed, label AS fiscal_year, 'fiscal_year' AS field, '表題の年度' AS place,
       CAST(NULL AS INT) AS activity_no, src_line
  FROM fiscal_year
UNION ALL SELECT as_of, label, 'as_of', '表題の時点', NULL, src_line FROM fiscal_year
UNION ALL SELECT attachment_updated, label, 'attachment_updated', '別紙の更新', NULL, src_line FROM fiscal_year
UNION ALL SELECT period, fiscal_year, 'figure_period:' || initiative_code || ':' || code, '実施結果の期間', NULL, src_line
  FROM result_figure WHERE period IS NOT NULL
UNION ALL SELECT as_of, fiscal_year, 'resource_as_of', '在宅医療資源状況把握の時点', NULL, src_line
  FROM care_resource_count
UNION ALL SELECT survey_round, fiscal_year, 'survey_round', '医療・介護資源調査の年度', NULL, src_line FROM provider_survey
UNION ALL SELECT period_from, fiscal_year, 'death_from', '死亡小票分析の期間（始）', NULL, src_line
  FROM death_record_analysis
UNION ALL SELECT period_to, fiscal_year, 'death_to', '死亡小票分析の期間（終）', NULL, src_line
  FROM death_record_analysis
UNION ALL SELECT period, fiscal_year, 'activity_period:' || CAST(no AS VARCHAR(8)),
       '別紙No.' || CAST(no AS VARCHAR(8)) || 'の期間', no, src_line
  FROM activity WHERE period IS NOT NULL AND period NOT IN ('―', '-')
UNION ALL SELECT printed, fiscal_year, 'activity_figure:' || CAST(no AS VARCHAR(8)) || ':' || CAST(position AS VARCHAR(8)),
       '別紙No.' || CAST(no AS VARCHAR(8)) || 'の概要', no, src_line
  FROM activity_figure WHERE kind = 'era_date';

-- What an initiative's results report as held, set against its plan (planned_frequency, 'n回/年'): a printed count
-- (figure_code), or the sessions its results list one by one (the distinct categories of group_code).
CREATE TABLE initiative_held (
  fiscal_year     VARCHAR(16)  NOT NULL,
  initiative_code VARCHAR(12)  NOT NULL,
  figure_code     VARCHAR(24),
  group_code      VARCHAR(24),
  basis           VARCHAR(400) NOT NULL,
  src_line        INT          NOT NULL, -- where the results name what was held
  PRIMARY KEY (fiscal_year, initiative_code),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code),
  FOREIGN KEY (fiscal_year, initiative_code, figure_code) REFERENCES result_figure (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, initiative_code, group_code) REFERENCES figure_group (fiscal_year, initiative_code, code),
  CHECK ((figure_code IS NULL) <> (group_code IS NULL))
);

-- A count of a summary (the COVID section's events by format) and the sessions of the initiative it summarizes, as
-- that initiative's results list them: a session (category of group_code) counts where it lists participants of
-- the series `with_series` and, if set, `and_series` too (held both ways), and none of `without_series`.
CREATE TABLE summary_link (
  fiscal_year          VARCHAR(16)  NOT NULL,
  initiative_code      VARCHAR(12)  NOT NULL, -- the summary's figure
  figure_code          VARCHAR(24)  NOT NULL,
  detail_initiative    VARCHAR(12)  NOT NULL,
  detail_group         VARCHAR(24)  NOT NULL,
  with_series          VARCHAR(100) NOT NULL,
  and_series           VARCHAR(100),
  without_series       VARCHAR(100),
  basis                VARCHAR(400) NOT NULL,
  src_line             INT          NOT NULL, -- where the summary names the event
  other_src_line       INT          NOT NULL, -- where the detailed results name it
  PRIMARY KEY (fiscal_year, initiative_code, figure_code),
  FOREIGN KEY (fiscal_year, initiative_code, figure_code) REFERENCES result_figure (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, detail_initiative, detail_group)
    REFERENCES figure_group (fiscal_year, initiative_code, code)
);

-- A count printed in a partner activity's 概要 (activity_figure) and the count of the same facilities in the 【指標】.
CREATE TABLE activity_resource (
  fiscal_year     VARCHAR(16)  NOT NULL,
  no              INT          NOT NULL,
  figure_position INT          NOT NULL,
  resource_code   VARCHAR(24)  NOT NULL,
  basis           VARCHAR(400) NOT NULL,
  PRIMARY KEY (fiscal_year, no, figure_position),
  FOREIGN KEY (fiscal_year, no, figure_position) REFERENCES activity_figure (fiscal_year, no, position),
  FOREIGN KEY (fiscal_year, resource_code) REFERENCES care_resource (fiscal_year, code)
);

-- A printed share and the number it is a share of: a figure of the results (base_figure) or, for a share measured
-- by the 医療・介護資源調査, the returns of its facility type (named by facility_alias).
CREATE TABLE share_base (
  fiscal_year          VARCHAR(16)  NOT NULL,
  initiative_code      VARCHAR(12)  NOT NULL,
  figure_code          VARCHAR(24)  NOT NULL,
  base_initiative_code VARCHAR(12),
  base_figure_code     VARCHAR(24),
  basis                VARCHAR(400) NOT NULL,
  PRIMARY KEY (fiscal_year, initiative_code, figure_code),
  FOREIGN KEY (fiscal_year, initiative_code, figure_code) REFERENCES result_figure (fiscal_year, initiative_code, code),
  FOREIGN KEY (fiscal_year, base_initiative_code, base_figure_code)
    REFERENCES result_figure (fiscal_year, initiative_code, code)
);

-- Where the report itself slips (a misspelt word, one event named two ways): shown as a note beside the printed
-- text, which stays as printed.
CREATE TABLE printed_slip (
  fiscal_year     VARCHAR(16)   NOT NULL REFERENCES fiscal_year (label),
  position        INT           NOT NULL,
  activity_no     INT,
  initiative_code VARCHAR(12),
  printed         VARCHAR(100)  NOT NULL,
  note            VARCHAR(400)  NOT NULL,
  src_line        INT           NOT NULL,
  other_src_line  INT,                    -- where the other spelling or name stands
  PRIMARY KEY (fiscal_year, position),
  FOREIGN KEY (fiscal_year, activity_no) REFERENCES activity (fiscal_year, no),
  FOREIGN KEY (fiscal_year, initiative_code) REFERENCES initiative (fiscal_year, code)
);

-- Whole numbers 0..1999, to try every size of a base for a printed share (a table, so no query makes them again).
CREATE TABLE whole_number (
  i INT NOT NULL PRIMARY KEY
);
INSERT INTO whole_number (i)
SELECT u.d + 10 * t.d + 100 * h.d + 1000 * k.d
  FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS u (d)
 CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS t (d)
 CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS h (d)
 CROSS JOIN (VALUES (0), (1)) AS k (d);

-- A figure printed with parts, beside the sum of its parts.
CREATE VIEW parts_sum AS
SELECT t.fiscal_year, t.initiative_code, t.code, CAST(SUM(p.amount) AS DECIMAL(12, 2)) AS parts_sum,
       COUNT(*) AS parts, MIN(p.src_line) AS parts_src_line
  FROM result_figure t
  JOIN result_figure p ON p.fiscal_year = t.fiscal_year AND p.initiative_code = t.initiative_code
                      AND p.parent_code = t.code
 GROUP BY t.fiscal_year, t.initiative_code, t.code;

-- Mismatches read together: a total that disagrees with its parts, where one part disagrees with its own parts and
-- the sum of those, taken instead, makes the total hold. The part is then the figure in doubt, not the total.
CREATE VIEW parts_reading AS
SELECT t.fiscal_year, t.initiative_code, t.code AS total_code, p.code AS part_code, s.parts_sum AS part_parts_sum
  FROM parts_sum t
  JOIN result_figure tf ON tf.fiscal_year = t.fiscal_year AND tf.initiative_code = t.initiative_code
                       AND tf.code = t.code
  JOIN result_figure p ON p.fiscal_year = t.fiscal_year AND p.initiative_code = t.initiative_code
                      AND p.parent_code = t.code
  JOIN parts_sum s ON s.fiscal_year = p.fiscal_year AND s.initiative_code = p.initiative_code AND s.code = p.code
 WHERE t.parts_sum <> tf.amount AND s.parts_sum <> p.amount AND t.parts_sum - p.amount + s.parts_sum = tf.amount;

-- A printed share against its base: how many counts out of the base round to it (`fits`: the counts from
-- CEILING((share - half) * base / 100) up to, not including, CEILING((share + half) * base / 100)), the first such
-- count, and, where none fits, how many smaller bases (as if fewer answered) have one, and the smallest of them.
-- `half` is half the last printed digit.
CREATE VIEW share_fit AS
SELECT b.*,
       CASE WHEN b.fits = 0 THEN (SELECT COUNT(*) FROM whole_number m WHERE m.i BETWEEN 1 AND b.base
           AND CEILING((b.share + b.half) * m.i / 100.0000) > CEILING((b.share - b.half) * m.i / 100.0000)) END
         AS bases_fit,
       CASE WHEN b.fits = 0 THEN (SELECT MIN(m.i) FROM whole_number m WHERE m.i BETWEEN 1 AND b.base
           AND CEILING((b.share + b.half) * m.i / 100.0000) > CEILING((b.share - b.half) * m.i / 100.0000)) END
         AS base_fit
  FROM (SELECT b.*,
               CEILING((b.share + b.half) * b.base / 100.0000) - CEILING((b.share - b.half) * b.base / 100.0000)
                 AS fits,
               CAST(CEILING((b.share - b.half) * b.base / 100.0000) AS INT) AS count_fit
      FROM (SELECT s.fiscal_year, s.initiative_code, s.figure_code, s.basis, f.category, f.printed, f.amount AS share,
                   f.src_line, CASE WHEN POSITION('.' IN f.printed) > 0 THEN 0.05 ELSE 0.5 END AS half,
                   COALESCE(bf.category, '医療・介護資源調査の' || r.name || 'の回収件数') AS base_label,
                   COALESCE(bf.printed, CAST(r.returned AS VARCHAR(16)) || '件') AS base_printed,
                   CAST(COALESCE(bf.amount, r.returned) AS INT) AS base,
                   CAST(COALESCE(bf.unit, '件') AS VARCHAR(16)) AS base_unit,
                   COALESCE(bf.src_line, r.src_line) AS base_src_line
              FROM share_base s
              JOIN result_figure f ON f.fiscal_year = s.fiscal_year AND f.initiative_code = s.initiative_code
                                  AND f.code = s.figure_code
              LEFT JOIN result_figure bf ON bf.fiscal_year = s.fiscal_year
                                        AND bf.initiative_code = s.base_initiative_code
                                        AND bf.code = s.base_figure_code
              LEFT JOIN facility_alias a ON s.base_figure_code IS NULL AND a.alias = f.category
              LEFT JOIN provider_survey_return r ON r.fiscal_year = s.fiscal_year
                                                AND r.facility_code = a.facility_code) b) b;

-- The report checked against itself: one row per check, consistent or not, so the dashboard shows both what
-- disagrees and what was verified. `id` is unique within a fiscal year; `unit` is that of both values.
-- status: 'ok'; 'rounding' (off by no more than the printed rounding allows); 'mismatch' (the figures
-- disagree); 'explained' (they disagree, but a 'reading' check shows which other figure makes them so);
-- 'unreadable' (a date no reader accepts, kept as printed).
CREATE VIEW data_check AS
-- Every branch casts its figures to one DECIMAL type: HSQLDB does not convert a SUM of integers in a UNION.
-- Parts that should add up to a printed total.
SELECT t.fiscal_year,
       'parts_total:' || t.initiative_code || ':' || t.code AS id,
       'parts_total' AS kind,
       t.initiative_code, t.code AS figure_code, CAST(NULL AS INT) AS activity_no,
       CAST(NULL AS VARCHAR(32)) AS indicator,
       t.category || COALESCE(' ' || t.series, '') AS subject,
       t.printed, CAST(t.amount AS DECIMAL(12, 2)) AS printed_value,
       s.parts_sum AS computed_value,
       '内訳' || CAST(s.parts AS VARCHAR(8)) || '項目の合計' AS computed_from,
       t.src_line, s.parts_src_line AS other_src_line,
       CASE WHEN s.parts_sum = t.amount THEN 'ok'
            WHEN EXISTS (SELECT 1 FROM parts_reading r WHERE r.fiscal_year = t.fiscal_year
                            AND r.initiative_code = t.initiative_code AND r.total_code = t.code) THEN 'explained'
            ELSE 'mismatch' END AS status,
       CAST(t.unit AS VARCHAR(16)) AS unit
  FROM parts_sum s
  JOIN result_figure t ON t.fiscal_year = s.fiscal_year AND t.initiative_code = s.initiative_code AND t.code = s.code
UNION ALL
-- Two mismatches read together: the part whose own parts make the total hold is the figure in doubt.
SELECT r.fiscal_year, 'reading:' || r.initiative_code || ':' || r.part_code, 'reading', r.initiative_code,
       r.part_code, NULL, NULL, p.category || COALESCE(' ' || p.series, ''), p.printed,
       CAST(p.amount AS DECIMAL(12, 2)), r.part_parts_sum,
       t.category || '「' || t.printed || '」', p.src_line, t.src_line, 'mismatch', p.unit
  FROM parts_reading r
  JOIN result_figure p ON p.fiscal_year = r.fiscal_year AND p.initiative_code = r.initiative_code
                      AND p.code = r.part_code
  JOIN result_figure t ON t.fiscal_year = r.fiscal_year AND t.initiative_code = r.initiative_code
                      AND t.code = r.total_code
UNION ALL
-- Survey totals against the sum over facility types.
SELECT s.fiscal_year, 'survey_sent', 'survey_total', NULL, NULL, NULL, 'provider_survey',
       '医療・介護資源調査の送付件数', s.sent_printed, CAST(s.sent AS DECIMAL(12, 2)), CAST(SUM(r.sent) AS DECIMAL(12, 2)),
       '施設種別' || CAST(COUNT(*) AS VARCHAR(8)) || '種の送付件数の合計', s.src_line, MIN(r.src_line),
       CASE WHEN SUM(r.sent) = s.sent THEN 'ok' ELSE 'mismatch' END, '件'
  FROM provider_survey s JOIN provider_survey_return r ON r.fiscal_year = s.fiscal_year
 GROUP BY s.fiscal_year, s.sent_printed, s.sent, s.src_line
UNION ALL
SELECT s.fiscal_year, 'survey_returned', 'survey_total', NULL, NULL, NULL, 'provider_survey',
       '医療・介護資源調査の回収件数', s.returned_printed, CAST(s.returned AS DECIMAL(12, 2)),
       CAST(SUM(r.returned) AS DECIMAL(12, 2)),
       '施設種別' || CAST(COUNT(*) AS VARCHAR(8)) || '種の回収件数の合計', s.src_line, MIN(r.src_line),
       CASE WHEN SUM(r.returned) = s.returned THEN 'ok' ELSE 'mismatch' END, '件'
  FROM provider_survey s JOIN provider_survey_return r ON r.fiscal_year = s.fiscal_year
 GROUP BY s.fiscal_year, s.returned_printed, s.returned, s.src_line
UNION ALL
-- Printed return rates against returned / sent (enough decimals that the division itself does not round).
SELECT s.fiscal_year, 'survey_rate', 'survey_rate', NULL, NULL, NULL, 'provider_survey',
       '医療・介護資源調査の全体の回収率', s.rate_printed, CAST(s.return_rate AS DECIMAL(12, 2)),
       CAST(ROUND(100.000000 * s.returned / s.sent, 1) AS DECIMAL(12, 2)), '回収件数÷送付件数', s.src_line, s.src_line,
       CASE WHEN ROUND(100.000000 * s.returned / s.sent, 1) = s.return_rate THEN 'ok'
            WHEN ABS(100.000000 * s.returned / s.sent - s.return_rate) <= 0.1 THEN 'rounding'
            ELSE 'mismatch' END, '%'
  FROM provider_survey s
UNION ALL
SELECT r.fiscal_year, 'survey_rate:' || r.facility_code, 'survey_rate', NULL, NULL, NULL, 'provider_survey',
       '医療・介護資源調査の回収率（' || r.name || '）', r.printed, CAST(r.return_rate AS DECIMAL(12, 2)),
       CAST(ROUND(100.000000 * r.returned / r.sent, 1) AS DECIMAL(12, 2)), '回収件数÷送付件数', r.src_line, r.src_line,
       CASE WHEN ROUND(100.000000 * r.returned / r.sent, 1) = r.return_rate THEN 'ok'
            WHEN ABS(100.000000 * r.returned / r.sent - r.return_rate) <= 0.1 THEN 'rounding'
            ELSE 'mismatch' END, '%'
  FROM provider_survey_return r
UNION ALL
-- 「うち」 sub-counts cannot exceed what they are part of.
SELECT c.fiscal_year, 'resource_part:' || c.code, 'resource_part', NULL, NULL, NULL, 'care_resource',
       c.name || '（' || p.name || 'のうち）', c.printed, CAST(c.amount AS DECIMAL(12, 2)), CAST(p.amount AS DECIMAL(12, 2)), p.name || ' ' || p.printed,
       c.src_line, p.src_line,
       CASE WHEN c.amount <= p.amount THEN 'ok' ELSE 'mismatch' END, c.unit
  FROM care_resource c JOIN care_resource p ON p.fiscal_year = c.fiscal_year AND p.code = c.parent_code
UNION ALL
-- Shares that should make 100%; each printed share may be rounded by half its last digit.
SELECT d.fiscal_year, 'share_total:death_place', 'share_total', NULL, NULL, NULL, 'death_record_analysis',
       '死亡場所別の割合の合計', '100%', CAST(100 AS DECIMAL(12, 2)), CAST(SUM(d.share) AS DECIMAL(12, 2)),
       '場所別' || CAST(COUNT(*) AS VARCHAR(8)) || '項目の合計', MIN(d.src_line), MIN(d.src_line),
       CASE WHEN SUM(d.share) = 100 THEN 'ok'
            WHEN ABS(SUM(d.share) - 100) <= SUM(CASE WHEN POSITION('.' IN d.printed) > 0 THEN 0.05 ELSE 0.5 END)
            THEN 'rounding' ELSE 'mismatch' END, '%'
  FROM death_place_share d
 GROUP BY d.fiscal_year
UNION ALL
SELECT q.fiscal_year, 'share_total:' || q.code, 'share_total', NULL, NULL, NULL, 'resident_question',
       q.title || 'の回答割合の合計', '100%', CAST(100 AS DECIMAL(12, 2)),
       CAST(SUM(a.share) AS DECIMAL(12, 2)),
       '回答' || CAST(COUNT(*) AS VARCHAR(8)) || '項目の合計', q.src_line, MIN(a.src_line),
       CASE WHEN SUM(a.share) = 100 THEN 'ok'
            WHEN ABS(SUM(a.share) - 100) <= SUM(CASE WHEN POSITION('.' IN a.printed) > 0 THEN 0.05 ELSE 0.5 END)
            THEN 'rounding' ELSE 'mismatch' END, '%'
  FROM resident_question q JOIN resident_answer a ON a.fiscal_year = q.fiscal_year AND a.question_code = q.code
 GROUP BY q.fiscal_year, q.code, q.title, q.src_line
UNION ALL
-- A printed share against its base: some count out of the base must round to it.
SELECT s.fiscal_year, 'share_base:' || s.initiative_code || ':' || s.figure_code, 'share_base', s.initiative_code,
       s.figure_code, NULL, NULL, s.category, s.printed, CAST(s.share AS DECIMAL(12, 2)),
       CAST(CASE WHEN s.fits = 1 THEN s.count_fit WHEN s.fits = 0 AND s.bases_fit = 1 THEN s.base_fit END
            AS DECIMAL(12, 2)),
       s.base_label || '「' || s.base_printed || '」', s.src_line, s.base_src_line,
       CASE WHEN s.fits > 0 THEN 'ok' ELSE 'mismatch' END, s.base_unit
  FROM share_fit s
UNION ALL
-- An initiative's plan (n回/年) against what its results report as held.
SELECT i.fiscal_year, 'planned_held:' || i.code, 'planned_held', i.code, h.figure_code, NULL, NULL,
       i.name, i.planned_frequency,
       CAST(SUBSTRING(i.planned_frequency FROM 1 FOR POSITION('回' IN i.planned_frequency) - 1) AS DECIMAL(12, 2)),
       CAST(COALESCE(f.amount, (SELECT COUNT(DISTINCT c.category) FROM result_figure c
                                 WHERE c.fiscal_year = h.fiscal_year AND c.initiative_code = h.initiative_code
                                   AND c.group_code = h.group_code)) AS DECIMAL(12, 2)),
       h.basis, i.src_line, h.src_line,
       CASE WHEN CAST(SUBSTRING(i.planned_frequency FROM 1 FOR POSITION('回' IN i.planned_frequency) - 1) AS INT)
                 = COALESCE(f.amount, (SELECT COUNT(DISTINCT c.category) FROM result_figure c
                                        WHERE c.fiscal_year = h.fiscal_year AND c.initiative_code = h.initiative_code
                                          AND c.group_code = h.group_code))
            THEN 'ok' ELSE 'mismatch' END, '回'
  FROM initiative_held h
  JOIN initiative i ON i.fiscal_year = h.fiscal_year AND i.code = h.initiative_code
  LEFT JOIN result_figure f ON f.fiscal_year = h.fiscal_year AND f.initiative_code = h.initiative_code
                           AND f.code = h.figure_code
UNION ALL
-- A summary's count against the sessions of the initiative it summarizes, as that initiative lists them.
SELECT l.fiscal_year, 'summary_detail:' || l.initiative_code || ':' || l.figure_code, 'summary_detail',
       l.initiative_code, l.figure_code, NULL, NULL,
       f.category || COALESCE('（' || f.series || '）', ''), f.printed, CAST(f.amount AS DECIMAL(12, 2)),
       CAST(l.sessions AS DECIMAL(12, 2)), l.basis, f.src_line, l.other_src_line,
       CASE WHEN l.sessions = f.amount THEN 'ok' ELSE 'mismatch' END, '回'
  FROM (SELECT l.*, (SELECT COUNT(DISTINCT c.category) FROM result_figure c
                      WHERE c.fiscal_year = l.fiscal_year AND c.initiative_code = l.detail_initiative
                        AND c.group_code = l.detail_group AND c.series = l.with_series
                        AND (l.and_series IS NULL OR EXISTS (SELECT 1 FROM result_figure o
                              WHERE o.fiscal_year = c.fiscal_year AND o.initiative_code = c.initiative_code
                                AND o.group_code = c.group_code AND o.category = c.category
                                AND o.series = l.and_series))
                        AND (l.without_series IS NULL OR NOT EXISTS (SELECT 1 FROM result_figure o
                              WHERE o.fiscal_year = c.fiscal_year AND o.initiative_code = c.initiative_code
                                AND o.group_code = c.group_code AND o.category = c.category
                                AND o.series = l.without_series))) AS sessions
          FROM summary_link l) l
  JOIN result_figure f ON f.fiscal_year = l.fiscal_year AND f.initiative_code = l.initiative_code
                      AND f.code = l.figure_code
UNION ALL
-- A partner's 頻度 against the count of the same thing in the program's results.
SELECT a.fiscal_year, 'frequency_result:' || CAST(a.no AS VARCHAR(8)), 'frequency_result',
       l.initiative_code, l.figure_code, a.no, NULL,
       '別紙No.' || CAST(a.no AS VARCHAR(8)) || 'の頻度と実施結果の' || f.category, a.frequency,
       CAST(a.times_max AS DECIMAL(12, 2)), CAST(f.amount AS DECIMAL(12, 2)),
       '実施結果の' || f.category || '「' || f.printed || '」', a.src_line, f.src_line,
       CASE WHEN f.amount BETWEEN a.times_min AND a.times_max THEN 'ok' ELSE 'mismatch' END, '回'
  FROM activity_initiative l
  JOIN activity a ON a.fiscal_year = l.fiscal_year AND a.no = l.no
  JOIN result_figure f ON f.fiscal_year = l.fiscal_year AND f.initiative_code = l.initiative_code
                      AND f.code = l.figure_code
 WHERE a.times_min IS NOT NULL
UNION ALL
-- A count in a partner's 概要 against the count of the same facilities in the 【指標】; an approximate count (約N)
-- agrees within a tenth.
SELECT a.fiscal_year, 'activity_resource:' || CAST(a.no AS VARCHAR(8)) || ':' || CAST(a.figure_position AS VARCHAR(8)),
       'activity_resource', NULL, NULL, a.no, 'care_resource',
       '別紙No.' || CAST(a.no AS VARCHAR(8)) || 'の概要と在宅医療資源の' || c.name, f.printed,
       CAST(f.value_max AS DECIMAL(12, 2)), CAST(c.amount AS DECIMAL(12, 2)),
       '指標の在宅医療資源「' || c.name || '：' || c.printed || '」', f.src_line, c.src_line,
       CASE WHEN c.amount BETWEEN f.value_min AND f.value_max THEN 'ok'
            WHEN f.printed LIKE '約%' AND ABS(c.amount - f.value_max) <= f.value_max / 10 THEN 'rounding'
            ELSE 'mismatch' END, c.unit
  FROM activity_resource a
  JOIN activity_figure f ON f.fiscal_year = a.fiscal_year AND f.no = a.no AND f.position = a.figure_position
  JOIN care_resource c ON c.fiscal_year = a.fiscal_year AND c.code = a.resource_code
UNION ALL
-- A partner's 頻度 against a count per year printed in its own 概要.
SELECT a.fiscal_year, 'frequency_summary:' || CAST(a.no AS VARCHAR(8)) || ':' || CAST(f.position AS VARCHAR(8)),
       'frequency_summary', NULL, NULL, a.no, NULL,
       '別紙No.' || CAST(a.no AS VARCHAR(8)) || 'の頻度と概要', a.frequency,
       CAST(a.times_max AS DECIMAL(12, 2)), CAST(f.value_max AS DECIMAL(12, 2)),
       '概要「' || f.printed || '」', a.src_line, f.src_line,
       CASE WHEN a.times_min = f.value_min AND a.times_max = f.value_max THEN 'ok' ELSE 'mismatch' END, '回'
  FROM activity a
  JOIN activity_figure f ON f.fiscal_year = a.fiscal_year AND f.no = a.no AND f.kind = 'per_year'
 WHERE a.times_min IS NOT NULL
UNION ALL
-- Every era date, read or not; an unreadable one stays as printed with its most likely meaning.
SELECT t.fiscal_year, 'era_date:' || t.field, 'era_date', NULL, NULL, t.activity_no, NULL,
       t.place, t.printed, CAST(NULL AS DECIMAL(12, 2)), CAST(r.gregorian_year AS DECIMAL(12, 2)), COALESCE(r.reading, '読み取れません'), t.src_line, t.src_line,
       CASE WHEN r.well_formed THEN 'ok' ELSE 'unreadable' END, NULL
  FROM era_text t JOIN era_reading r ON r.printed = t.printed;
