-- A FAKE next-year report for tests only: it shows that a year added as SQL, with no Java change, appears on
-- the dashboard and is compared with FY2022. None of these figures comes from any report; every printed figure
-- says （架空）.
-- It holds a little of each kind of table, with the FY2022 codes where a figure is to be compared: an initiative's
-- results with a breakdown and a series (1-1-1), another initiative with a breakdown (2-2-2), each indicator survey,
-- and two partner activities. Parts add up to their totals and shares to 100%, so the data checks stay quiet.
INSERT INTO fiscal_year (label, title, as_of, document_label, program_name, aim, indicator_state,
                         attachment_title, attachment_updated, source_text, src_line)
VALUES ('令和5年度', '令和5年度　テスト用の架空の報告書', '令和６年３月末', '資料1', '在宅療養の推進',
        '高齢者等が安心して療養できる体制を構築する', 'テスト用', 'テスト用の別紙', '令和６年３月', 'fy2022.txt', 1);
INSERT INTO pillar (fiscal_year, code, kind, heading, title, src_line) VALUES
  ('令和5年度', '1', 'pillar', '1　テスト用の柱', 'テスト用の柱', 1),
  ('令和5年度', '2', 'pillar', '2　テスト用の柱（専門職）', 'テスト用の柱（専門職）', 1);
INSERT INTO area (fiscal_year, code, pillar_code, heading, title, src_line) VALUES
  ('令和5年度', '1-1', '1', '（1）区民への啓発', '区民への啓発', 1),
  ('令和5年度', '2-2', '2', '（2）テスト用の領域', 'テスト用の領域', 1);

-- 1-1-1: a total, its parts by session, the first session by way of joining (a series) and shares.
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和5年度', '1-1-1', '1-1', NULL, '在宅療養講演会の開催', '3回/年', NULL, '総参加者数：延べ人数999名（架空）',
        '地域医療課', 1, 1, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和5年度', '1-1-1', 'total', 1, '総参加者数', '人', NULL),
  ('令和5年度', '1-1-1', 'sessions', 2, '回別の参加者数', '人', NULL),
  ('令和5年度', '1-1-1', 'venues', 3, '回別・参加方法別の参加者数', '人', 'stacked'),
  ('令和5年度', '1-1-1', 'survey', 4, '「家族や専門職等と話し合いたいと思った」と回答した割合', '%', 'bar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和5年度', '1-1-1', 'total', 'total', 1, NULL, '総参加者数', NULL, 999, '人', '延べ人数999名（架空）', NULL, TRUE, 1),
  ('令和5年度', '1-1-1', 's1', 'sessions', 1, 'total', '第1回', NULL, 300, '人', '300名（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 's2', 'sessions', 2, 'total', '第2回', NULL, 333, '人', '333人（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 's3', 'sessions', 3, 'total', '第3回', NULL, 366, '人', '366人（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 's1-venue', 'venues', 1, 's1', '第1回', '本会場', 150, '人', '150人（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 's1-simulcast', 'venues', 2, 's1', '第1回', '同時上映', 50, '人', '50人（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 's1-zoom', 'venues', 3, 's1', '第1回', 'Zoom', 60, '人', '60人（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 's1-replay', 'venues', 4, 's1', '第1回', '後日上映会', 40, '人', '40人（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 'survey-s1', 'survey', 1, NULL, '第1回', NULL, 95, '%', '95％（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 'survey-s2', 'survey', 2, NULL, '第2回', NULL, 96.5, '%', '96.5％（架空）', NULL, FALSE, 1),
  ('令和5年度', '1-1-1', 'survey-s3', 'survey', 3, NULL, '第3回', NULL, 96, '%', '96％（架空）', NULL, FALSE, 1);

-- 2-2-2: a headline count and a breakdown by who asked. 区民から is printed in 人 where FY2022 printed 件: the two
-- cannot be compared, so it must stay out of the computed change and the chart.
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和5年度', '2-2-2', '2-2', NULL, '医療連携・在宅医療サポートセンターの運営', NULL, NULL,
        '医師会在宅療養推進協議会：10回（架空）', '医師会・地域医療課', 1, 1, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和5年度', '2-2-2', 'council', 1, '医師会在宅療養推進協議会', '回', NULL),
  ('令和5年度', '2-2-2', 'consultations', 2, '在宅医療に関する相談件数（相談元別）', NULL, 'bar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和5年度', '2-2-2', 'council', 'council', 1, NULL, '医師会在宅療養推進協議会', NULL, 10, '回', '10回（架空）', NULL, TRUE, 1),
  ('令和5年度', '2-2-2', 'from-clinics', 'consultations', 1, NULL, '診療所から', NULL, 20, '件', '20件（架空）', NULL, FALSE, 1),
  ('令和5年度', '2-2-2', 'from-hospitals', 'consultations', 2, NULL, '病院から', NULL, 55, '件', '55件（架空）', NULL, FALSE, 1),
  ('令和5年度', '2-2-2', 'from-residents', 'consultations', 3, NULL, '区民から', NULL, 48, '人', '48人（架空）', NULL, FALSE, 1);

-- 【指標】, with the FY2022 codes, places and answers; only some of the care resources are counted.
INSERT INTO indicator_survey (fiscal_year, code, position, name, former_name, frequency, unit, src_line) VALUES
  ('令和5年度', 'resources', 1, '在宅医療資源状況把握', NULL, '（4回/年）', '地域医療課', 1),
  ('令和5年度', 'providers', 2, '医療・介護資源調査', NULL, '（1回／3年）', '地域医療課', 1),
  ('令和5年度', 'deaths', 3, '死亡小票分析', NULL, '（1回／年）', '地域医療課', 1),
  ('令和5年度', 'elderly', 4, '高齢者基礎調査', NULL, '（1回／3年）', '高齢社会対策課', 1);

INSERT INTO care_resource_count (fiscal_year, as_of, heading, src_line)
VALUES ('令和5年度', '令和6年1月1日', '令和6年1月1日時点の資源状況（架空）', 1);
INSERT INTO care_resource (fiscal_year, code, position, parent_code, name, amount, unit, printed, src_line) VALUES
  ('令和5年度', 'support-hospital', 1, NULL, '在支病', 5, 'か所', '5か所（架空）', 1),
  ('令和5年度', 'support-clinic', 2, NULL, '在支診', 80, 'か所', '80か所（架空）', 1),
  ('令和5年度', 'nursing-station', 3, NULL, '訪看', 99, 'か所', '99か所（架空）', 1),
  ('令和5年度', 'nursing-station-24h', 4, 'nursing-station', '24時間', 75, 'か所', '75か所（架空）', 1);

INSERT INTO provider_survey (fiscal_year, survey_round, sent, sent_printed, returned, returned_printed, return_rate,
                             rate_printed, src_line)
VALUES ('令和5年度', '令和5年度調査', 658, '658件（架空）', 229, '229件（架空）', 34.8, '34.8%（架空）', 1);
INSERT INTO provider_survey_return (fiscal_year, facility_code, position, name, sent, returned, return_rate, printed,
                                    src_line) VALUES
  ('令和5年度', 'hospital', 1, '病院（地域連携室）', 18, 9, 50.0, '50.0%（9/18件）（架空）', 1),
  ('令和5年度', 'clinic', 2, '診療所', 540, 170, 31.5, '31.5%（170/540件）（架空）', 1),
  ('令和5年度', 'nursing', 3, '訪問看護ステーション', 100, 50, 50.0, '50.0%（50/100件）（架空）', 1);

INSERT INTO death_record_analysis (fiscal_year, period_from, period_to, scope, total_label, total, total_printed,
                                   src_line)
VALUES ('令和5年度', '令和4年1月', '令和4年12月', 'テスト用の架空の対象', '全看取り死', 5800, '5,800人（架空）', 1);
INSERT INTO death_place_share (fiscal_year, position, place, share, printed, target_position, src_line) VALUES
  ('令和5年度', 1, '病院', 62, '62％（架空）', NULL, 1),
  ('令和5年度', 2, '診療所', 1, '1％（架空）', NULL, 1),
  ('令和5年度', 3, '自宅', 21, '21％（架空）', NULL, 1),
  ('令和5年度', 4, '老人ホーム', 14, '14％（架空）', NULL, 1),
  ('令和5年度', 5, '介護老人保健施設', 2, '2％（架空）', NULL, 1);

INSERT INTO resident_question (fiscal_year, code, position, title, question, asked_of, respondents, src_line) VALUES
  ('令和5年度', 'preference', 1, '在宅療養の希望', 'テスト用の架空の設問（希望）', NULL, '高齢者一般', 1),
  ('令和5年度', 'feasibility', 2, '在宅療養の実現可能性', 'テスト用の架空の設問（実現可能性）', NULL, '高齢者一般', 1);
INSERT INTO resident_answer (fiscal_year, question_code, position, answer, share, printed, target_position, src_line)
VALUES
  ('令和5年度', 'preference', 1, 'そう思う', 30.2, '30.2％（架空）', NULL, 1),
  ('令和5年度', 'preference', 2, 'そう思わない', 40.1, '40.1％（架空）', NULL, 1),
  ('令和5年度', 'preference', 3, 'わからない', 23.5, '23.5％（架空）', NULL, 1),
  ('令和5年度', 'preference', 4, 'その他', 1.0, '1.0％（架空）', NULL, 1),
  ('令和5年度', 'preference', 5, '無回答', 5.2, '5.2％（架空）', NULL, 1),
  ('令和5年度', 'feasibility', 1, '難しいと思う', 47.0, '47.0％（架空）', NULL, 1),
  ('令和5年度', 'feasibility', 2, '可能だと思う', 29.9, '29.9％（架空）', NULL, 1),
  ('令和5年度', 'feasibility', 3, 'わからない', 20.1, '20.1％（架空）', NULL, 1),
  ('令和5年度', 'feasibility', 4, 'その他', 1.0, '1.0％（架空）', NULL, 1),
  ('令和5年度', 'feasibility', 5, '無回答', 2.0, '2.0％（架空）', NULL, 1);

-- 別紙: two activities of 練馬区医師会 (organization 1); No.2 counts the same meetings as 2-2-2's council.
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note) VALUES
  ('令和5年度', 1, 1, 'テスト用の対象（専門職）', '専門職のネットワークの充実', 'テスト用の架空の目的', '令和5年度～', '年1回（架空）',
   1, 1, 'テスト用の架空の概要。', 1, 1, NULL),
  ('令和5年度', 2, 1, 'テスト用の対象（医師会員）', '専門職のネットワーク', 'テスト用の架空の目的', '令和5年度～', '年10回（架空）',
   10, 10, 'テスト用の架空の概要。', 1, 1, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES
  ('令和5年度', 1, 1, 'テスト用の研修会（架空）'),
  ('令和5年度', 2, 1, 'テスト用の協議会（架空）');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES
  ('令和5年度', 1, '主催'),
  ('令和5年度', 2, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES
  ('令和5年度', 1, '専門職'),
  ('令和5年度', 2, '専門職');
INSERT INTO activity_initiative (fiscal_year, no, initiative_code, figure_code, basis) VALUES
  ('令和5年度', 2, '2-2-2', 'council', 'テスト用: 実施結果の「医師会在宅療養推進協議会」と同じ会議（架空）。');
