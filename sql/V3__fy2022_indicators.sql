-- FY2022 (令和4年度) report, 【指標】 section (L429-466): the four surveys that measure the targets.
-- Figures as printed; `target_position` marks the share that measures a 【目標】 (targets 1-2: the elderly survey,
-- target 3: the share of deaths at home).

INSERT INTO indicator_survey (fiscal_year, code, position, name, former_name, frequency, unit, src_line) VALUES
  ('令和4年度', 'resources', 1, '在宅医療資源状況把握', '旧地域資源情報把握', '（4回/年）', '地域医療課', 433),
  ('令和4年度', 'providers', 2, '医療・介護資源調査', NULL, '（1回／3年）', '地域医療課', 439),
  ('令和4年度', 'deaths', 3, '死亡小票分析', NULL, '（1回／年）', '地域医療課', 441),
  ('令和4年度', 'elderly', 4, '高齢者基礎調査', NULL, '（1回／3年）', '高齢社会対策課', 444);

-- 令和5年1月1日時点の資源状況 (L450-453). Only 訪看's 24時間 is printed as 「うち」; the pharmacy counts are not
-- printed as parts of 訪問薬局, so they stand alone.
INSERT INTO care_resource_count (fiscal_year, as_of, heading, src_line)
VALUES ('令和4年度', '令和5年1月1日', '令和5年1月1日時点の資源状況', 450);

INSERT INTO care_resource (fiscal_year, code, position, parent_code, name, amount, unit, printed, src_line) VALUES
  ('令和4年度', 'support-hospital', 1, NULL, '在支病', 4, 'か所', '4か所', 451),
  ('令和4年度', 'support-clinic', 2, NULL, '在支診', 74, 'か所', '74か所', 451),
  ('令和4年度', 'support-dental', 3, NULL, '在歯診', 27, 'か所', '27か所', 451),
  ('令和4年度', 'visiting-pharmacy', 4, NULL, '訪問薬局（訪問薬剤管理指導を実施）', 292, 'か所', '292か所', 452),
  ('令和4年度', 'narcotics-pharmacy', 5, NULL, '麻薬調剤取り扱い薬局', 278, 'か所', '278か所', 452),
  ('令和4年度', 'sterile-pharmacy', 6, NULL, '無菌調剤取り扱い薬局', 20, 'か所', '20か所', 452),
  ('令和4年度', 'nursing-station', 7, NULL, '訪看', 95, 'か所', '95か所', 453),
  ('令和4年度', 'nursing-station-24h', 8, 'nursing-station', '24時間', 72, 'か所', '72か所', 453);

INSERT INTO facility_type (code, position, name) VALUES
  ('hospital', 1, '病院（地域連携室）'),
  ('clinic', 2, '診療所'),
  ('dental', 3, '歯科診療所'),
  ('pharmacy', 4, '薬局'),
  ('nursing', 5, '訪問看護ステーション'),
  ('care-office', 6, '居宅介護支援事業所'),
  ('housing', 7, '高齢者向け住まい等');

-- The ICT shares of 2-1-6 (L277) name the same facility types more briefly.
INSERT INTO facility_alias (alias, facility_code) VALUES
  ('病院（地域連携室）', 'hospital'),
  ('地域連携室', 'hospital'),
  ('診療所', 'clinic'),
  ('歯科診療所', 'dental'),
  ('薬局', 'pharmacy'),
  ('訪問看護ステーション', 'nursing'),
  ('訪問看護', 'nursing'),
  ('居宅介護支援事業所', 'care-office'),
  ('居宅', 'care-office'),
  ('高齢者向け住まい等', 'housing');

-- 【令和4年度調査：送付件数1,837件】 (L455-458)
INSERT INTO provider_survey (fiscal_year, survey_round, sent, sent_printed, returned, returned_printed, return_rate,
                             rate_printed, src_line)
VALUES ('令和4年度', '令和4年度調査', 1837, '1,837件', 653, '653件', 35.5, '35.5%', 455);

INSERT INTO provider_survey_return (fiscal_year, facility_code, position, name, sent, returned, return_rate, printed,
                                    src_line) VALUES
  ('令和4年度', 'hospital', 1, '病院（地域連携室）', 18, 8, 44.4, '44.4%（8/18件）', 457),
  ('令和4年度', 'clinic', 2, '診療所', 541, 167, 30.9, '30.9%（167/541件）', 457),
  ('令和4年度', 'dental', 3, '歯科診療所', 472, 169, 35.8, '35.8%（169/472件）', 457),
  ('令和4年度', 'pharmacy', 4, '薬局', 335, 116, 34.6, '34.6%（116/335件）', 457),
  ('令和4年度', 'nursing', 5, '訪問看護ステーション', 95, 47, 49.5, '49.5%（47/95件）', 457),
  ('令和4年度', 'care-office', 6, '居宅介護支援事業所', 194, 98, 50.5, '50.5%（98/194件）', 458),
  ('令和4年度', 'housing', 7, '高齢者向け住まい等', 182, 48, 26.4, '26.4％（48/182件）', 458);

-- 死亡小票 (L460-461)
INSERT INTO death_record_analysis (fiscal_year, period_from, period_to, scope, total_label, total, total_printed,
                                   src_line)
VALUES ('令和4年度', '令和3年1月', '令和3年12月', '令和3年1月～令和3年12月に死亡した練馬区民を対象', '全看取り死', 5555,
        '5,555人', 460);

INSERT INTO death_place_share (fiscal_year, position, place, share, printed, target_position, src_line) VALUES
  ('令和4年度', 1, '病院', 64, '64％', NULL, 461),
  ('令和4年度', 2, '診療所', 1, '1％', NULL, 461),
  ('令和4年度', 3, '自宅', 19, '19％', 3, 461),
  ('令和4年度', 4, '老人ホーム', 13, '13％', NULL, 461),
  ('令和4年度', 5, '介護老人保健施設', 2, '2％', NULL, 461);

-- 高齢者基礎調査 (L463-466)
INSERT INTO resident_question (fiscal_year, code, position, title, question, asked_of, respondents, src_line) VALUES
  ('令和4年度', 'preference', 1, '在宅療養の希望',
   'あなたは、脳卒中の後遺症や末期がんなどで長期療養が必要になった場合、病院などへの入院・入所はしないで、自宅で生活したいと思いますか。',
   NULL, '高齢者一般', 463),
  ('令和4年度', 'feasibility', 2, '在宅療養の実現可能性', 'あなたは、在宅での療養は実現可能だと思いますか。',
   '※上記で「そう思う」と答えた方が対象', '高齢者一般', 465);

INSERT INTO resident_answer (fiscal_year, question_code, position, answer, share, printed, target_position, src_line)
VALUES
  ('令和4年度', 'preference', 1, 'そう思う', 28.7, '28.7％', 1, 464),
  ('令和4年度', 'preference', 2, 'そう思わない', 41.7, '41.7％', NULL, 464),
  ('令和4年度', 'preference', 3, 'わからない', 24.0, '24.0％', NULL, 464),
  ('令和4年度', 'preference', 4, 'その他', 0.9, '0.9％', NULL, 464),
  ('令和4年度', 'preference', 5, '無回答', 4.6, '4.6％', NULL, 464),
  ('令和4年度', 'feasibility', 1, '難しいと思う', 48.6, '48.6％', NULL, 466),
  ('令和4年度', 'feasibility', 2, '可能だと思う', 27.4, '27.4％', 2, 466),
  ('令和4年度', 'feasibility', 3, 'わからない', 21.2, '21.2％', NULL, 466),
  ('令和4年度', 'feasibility', 4, 'その他', 1.0, '1.0％', NULL, 466),
  ('令和4年度', 'feasibility', 5, '無回答', 1.9, '1.9％', NULL, 466);
