-- FY2022 (令和4年度) report, 資料1: the program, its targets, pillars, areas and initiatives with their results.
-- Source: src/main/resources/source/fy2022.txt; `src_line` values are its line numbers.
-- Text is as printed; where a cell lists items on separate lines the line breaks are kept, other wrapping is joined.
-- Each initiative is one block below: the initiative, its units, outcome indicators, challenges and figures.

INSERT INTO fiscal_year (label, title, as_of, document_label, program_name, aim, indicator_state,
                         attachment_title, attachment_updated, source_text, src_line)
VALUES ('令和4年度', '令和4年度　練馬区在宅療養推進事業実施結果（令和５年３月末）', '令和５年３月末', '資料1',
        '在宅療養の推進', '高齢者等が安心して療養できる体制を構築する',
        '在宅療養を取り巻く現状と経年的な変化を把握し、区民、事業者のそれぞれの状況と合わせ立体的に分析し、在宅療養推進事業の今後の方向性を検討する。',
        '練馬区在宅療養推進協議会委員所属団体の在宅療養推進に資する取組', '令和５年３月', 'fy2022.txt', 186);

INSERT INTO responsible_unit (name, kind) VALUES
  ('地域医療課', 'ward'),
  ('高齢者支援課', 'ward'),
  ('高齢社会対策課', 'ward'),
  ('地域包括支援センター', 'partner'),
  ('医師会', 'partner'),
  ('歯科医師会', 'partner'),
  ('認知症疾患医療センター', 'partner'),
  ('NPO法人認知症ｻﾎﾟｰﾄｾﾝﾀｰ・ねりま', 'partner'),
  ('その他関係機関', 'partner');

INSERT INTO program_unit (fiscal_year, position, unit, src_line) VALUES
  ('令和4年度', 1, '地域医療課', 3),
  ('令和4年度', 2, '高齢者支援課', 4);

INSERT INTO target (fiscal_year, position, text, src_line) VALUES
  ('令和4年度', 1, '在宅療養希望者数の増加', 193),
  ('令和4年度', 2, '在宅療養の実現が可能であると思う区民の増加', 194),
  ('令和4年度', 3, '在宅看取り率の増加', 195);

INSERT INTO pillar (fiscal_year, code, kind, heading, title, src_line) VALUES
  ('令和4年度', '1', 'pillar', '1　区民が在宅療養を知り、地域で相談・支え合いができる環境の整備',
   '区民が在宅療養を知り、地域で相談・支え合いができる環境の整備', 197),
  ('令和4年度', '2', 'pillar', '2　専門職が安心して在宅療養を推進できる環境の整備',
   '専門職が安心して在宅療養を推進できる環境の整備', 364),
  ('令和4年度', 'C', 'covid', '【新型コロナウイルス感染症対策】', '新型コロナウイルス感染症対策', 468);

INSERT INTO area (fiscal_year, code, pillar_code, heading, title, src_line) VALUES
  ('令和4年度', '1-1', '1', '（1）区民への啓発', '区民への啓発', 6),
  ('令和4年度', '1-2', '1', '（2）相談体制の充実', '相談体制の充実', 76),
  ('令和4年度', '1-3', '1', '（3）地域での支え合い', '地域での支え合い', 128),
  ('令和4年度', '2-1', '2', '（1）専門職のネットワークの充実', '専門職のネットワークの充実', 366),
  ('令和4年度', '2-2', '2', '（2）サービス提供体制の充実', 'サービス提供体制の充実', 378),
  ('令和4年度', 'C-1', 'C', '（1）コロナ禍における在宅療養の推進', 'コロナ禍における在宅療養の推進', 470);

INSERT INTO desired_state (fiscal_year, area_code, position, text, src_line) VALUES
  ('令和4年度', '1-1', 1, '多世代が在宅療養や認知症について知っている。', 171),
  ('令和4年度', '1-1', 2, '区民が終末期の過ごし方について考え、大切な人と共有している。', 174),
  ('令和4年度', '1-2', 1, '身近な地域で専門性の高い相談ができる。', 199),
  ('令和4年度', '1-3', 1, '在宅療養の当事者とその家族を地域で支える。', 205),
  ('令和4年度', '2-1', 1, '医療・介護従事者のネットワークを充実し、よりきめ細やかなサービスが提供できる。', 368),
  ('令和4年度', '2-2', 1, '24時間365日在宅医療を提供できる。', 361),
  ('令和4年度', 'C-1', 1, 'コロナ禍においても、区民が安心して在宅療養が出来る体制を構築する。', 472);

INSERT INTO purpose (fiscal_year, area_code, position, text, src_line, reading_note) VALUES
  ('令和4年度', '1-1', 1, '区民へのさらなる周知', 178,
   '表の後にまとめて印字されている（178〜184行）。どの目的がどの取組に対応するかは、抽出テキストからは読み取れない。'),
  ('令和4年度', '1-1', 2, '子世代区民（40代～50代）への周知', 180,
   '表の後にまとめて印字されている（178〜184行）。どの目的がどの取組に対応するかは、抽出テキストからは読み取れない。'),
  ('令和4年度', '1-1', 3, '終末期の過ごし方について考える機会づくり', 183,
   '表の後にまとめて印字されている（178〜184行）。どの目的がどの取組に対応するかは、抽出テキストからは読み取れない。'),
  ('令和4年度', '1-2', 1, '区民等の相談窓口の強化', 80, NULL),
  ('令和4年度', '1-2', 2, '認知症患者の早期発見、相談窓口の充実', 202,
   'ページ末尾に印字された結合セル（202〜203行）。認知症に関する3つの取組にまたがるものと読んだ。'),
  ('令和4年度', '1-2', 3, '摂食えん下機能の低下の早期発見と支援', 109, NULL),
  ('令和4年度', '1-3', 1, '認知症の方が住みやすい地域づくり', 132, NULL),
  ('令和4年度', '1-3', 2, '介護家族への支援', 208,
   'ページ末尾に印字された結合セル（208行）。介護家族を支援する3つの取組にまたがるものと読んだ。'),
  ('令和4年度', '1-3', 3, '地域活動の見える化', 157, NULL),
  ('令和4年度', '2-1', 1, '多職種の顔の見える関係づくりと相互理解の促進', 372,
   '表の後に印字された結合セル（372〜373行）。事例検討会からケアマネジャーの育成までの取組にまたがるものと読んだ。'),
  ('令和4年度', '2-1', 2, '医療・介護の情報共有の促進', 375,
   '表の後に印字された結合セル（375〜376行）。ICTネットワークと医療・介護連携シートの取組にまたがるものと読んだ。'),
  ('令和4年度', '2-1', 3, '病院と在宅サービスの連携の強化', 294, NULL),
  ('令和4年度', '2-2', 1, '緊急時等に入院できる環境の整備', 318, NULL),
  ('令和4年度', '2-2', 2, 'かかりつけ医（在宅医）の負担軽減
新規参入かかりつけ医への支援', 327, NULL),
  ('令和4年度', '2-2', 3, '緊急時にも在宅療養患者（利用者）の意思を尊重した対応ができるための連携促進', 347, NULL),
  ('令和4年度', 'C-1', 1, '感染予防策、感染拡大防止策を講じた在宅療養サービスの提供', 381, NULL),
  ('令和4年度', 'C-1', 2, '感染症の蔓延時の在宅療養における多職種連携・情報共有方法の蓄積', 393, NULL),
  ('令和4年度', 'C-1', 3, '感染拡大を予防した事業の実施', 404, NULL);

-- 1-1-1 在宅療養講演会の開催 (L10-35)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-1-1', '1-1', NULL, '在宅療養講演会の開催', '3回/年', '区立図書館での同時上映・後日上映会の実施',
'総参加者数：延べ人数603名
第1回「在宅療養の基本的なおはなし　いつまでもおうちで過ごしたい”一人暮らし”のあなたへ」参加者:121名（本会場58人、同時上映21人、Zoom16人、後日上映会26人）
第2回「何ができるの？在宅医療！家族のために知りたい在宅医療のこと」参加者:240人（本会場97人、同時上映17人、Zoom92人、後日上映会34人）
第3回「自分の明日を考える～一人暮らしの在宅療養～」参加者:162人（本会場51人、同時上映20人、Zoom91人、後日上映会80人）
【アンケート結果】「講演を聞いて、どのような医療や介護を受けたいか、家族や専門職等と話し合いたいと思った（とても思った、思った合算）」と回答した割合：(第1回)94％ (第2回)98％（第3回96％）',
        '地域医療課', 10, 35, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-1-1', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-1-1', 1, '講演会参加人数', 25),
  ('令和4年度', '1-1-1', 2, '講演会アンケートの「講演を聞いて、どのような医療や介護を受けたいか、家族や専門職等と話し合いたいと思った」の割合', 26);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-1-1', 1, NULL, '講演会参加を希望する方が多く参加できるよう、図書館と共同して同時上映、後日上映会の継続・拡大を検討する。', 31, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-1-1', 'total', 1, '総参加者数', '人', NULL),
  ('令和4年度', '1-1-1', 'sessions', 2, '回別の参加者数', '人', NULL),
  ('令和4年度', '1-1-1', 'venues', 3, '回別・参加方法別の参加者数', '人', 'stacked'),
  ('令和4年度', '1-1-1', 'survey', 4, '「家族や専門職等と話し合いたいと思った」と回答した割合', '%', 'bar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-1-1', 'total', 'total', 1, NULL, '総参加者数', NULL, 603, '人', '延べ人数603名', NULL, TRUE, 14),
  ('令和4年度', '1-1-1', 's1', 'sessions', 1, 'total', '第1回', NULL, 121, '人', '121名', NULL, FALSE, 16),
  ('令和4年度', '1-1-1', 's2', 'sessions', 2, 'total', '第2回', NULL, 240, '人', '240人', NULL, FALSE, 17),
  ('令和4年度', '1-1-1', 's3', 'sessions', 3, 'total', '第3回', NULL, 162, '人', '162人', NULL, FALSE, 19),
  ('令和4年度', '1-1-1', 's1-venue', 'venues', 1, 's1', '第1回', '本会場', 58, '人', '58人', NULL, FALSE, 16),
  ('令和4年度', '1-1-1', 's1-simulcast', 'venues', 2, 's1', '第1回', '同時上映', 21, '人', '21人', NULL, FALSE, 16),
  ('令和4年度', '1-1-1', 's1-zoom', 'venues', 3, 's1', '第1回', 'Zoom', 16, '人', '16人', NULL, FALSE, 16),
  ('令和4年度', '1-1-1', 's1-replay', 'venues', 4, 's1', '第1回', '後日上映会', 26, '人', '26人', NULL, FALSE, 16),
  ('令和4年度', '1-1-1', 's2-venue', 'venues', 5, 's2', '第2回', '本会場', 97, '人', '97人', NULL, FALSE, 17),
  ('令和4年度', '1-1-1', 's2-simulcast', 'venues', 6, 's2', '第2回', '同時上映', 17, '人', '17人', NULL, FALSE, 18),
  ('令和4年度', '1-1-1', 's2-zoom', 'venues', 7, 's2', '第2回', 'Zoom', 92, '人', '92人', NULL, FALSE, 18),
  ('令和4年度', '1-1-1', 's2-replay', 'venues', 8, 's2', '第2回', '後日上映会', 34, '人', '34人', NULL, FALSE, 18),
  ('令和4年度', '1-1-1', 's3-venue', 'venues', 9, 's3', '第3回', '本会場', 51, '人', '51人', NULL, FALSE, 19),
  ('令和4年度', '1-1-1', 's3-simulcast', 'venues', 10, 's3', '第3回', '同時上映', 20, '人', '20人', NULL, FALSE, 19),
  ('令和4年度', '1-1-1', 's3-zoom', 'venues', 11, 's3', '第3回', 'Zoom', 91, '人', '91人', NULL, FALSE, 19),
  ('令和4年度', '1-1-1', 's3-replay', 'venues', 12, 's3', '第3回', '後日上映会', 80, '人', '80人', NULL, FALSE, 20),
  ('令和4年度', '1-1-1', 'survey-s1', 'survey', 1, NULL, '第1回', NULL, 94, '%', '94％', NULL, FALSE, 23),
  ('令和4年度', '1-1-1', 'survey-s2', 'survey', 2, NULL, '第2回', NULL, 98, '%', '98％', NULL, FALSE, 23),
  ('令和4年度', '1-1-1', 'survey-s3', 'survey', 3, NULL, '第3回', NULL, 96, '%', '96％', NULL, FALSE, 23);

-- 1-1-2 認知症医学講座の開催 (L37-44)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-1-2', '1-1', NULL, '認知症医学講座の開催', '1回/年', NULL,
        '【実施回数】1回　【参加者数】16人', '高齢者支援課', 37, 44, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-1-2', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-1-2', 1, '講座参加人数', 40);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-1-2', 1, NULL, 'オンラインの活用も含めて効果的な開催方法を検討する。', 41, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-1-2', 'lecture', 1, '実施状況', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-1-2', 'sessions', 'lecture', 1, NULL, '実施回数', NULL, 1, '回', '1回', NULL, FALSE, 40),
  ('令和4年度', '1-1-2', 'participants', 'lecture', 2, NULL, '参加者数', NULL, 16, '人', '16人', NULL, TRUE, 40);

-- 1-1-3 区民啓発ガイドブックの活用 (L46-74)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-1-3', '1-1', NULL, '区民啓発ガイドブックの活用', NULL, '・在宅療養ガイドブックの増刷
・認知症ガイドブックの改訂',
'在宅療養ガイドブック
【発行部数】　94,500部（27年10月～）令和4年度配布数5,500部
【配布先】　　⑴　区立施設
　⑵　医師会、歯科医師会、薬剤師会、訪問看護ステーション、病院、看護部会
　⑶　町会・自治会、老人クラブ
【その他】
ガイドブックを活用した出張講座　3回（うち専門職向け研修会1回）
認知症ガイドブック
【発行部数】　93,000部（28年3月～）令和4年度配布数5,000部、もの忘れ検診発行数16,000部
【配布先】　　⑴　高齢者向けの区立施設
　　　　　　　⑵　医師会、歯科医師会、薬剤師会、訪問看護ステーション、病院',
        '地域医療課・高齢者支援課', 46, 74, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '1-1-3', '地域医療課'),
  ('令和4年度', '1-1-3', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-1-3', 1, '区民向けガイドブックの発行部数', 63);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-1-3', 1, '【在宅療養ガイドブック】', '専門職への理解を図るため、活用方法を含めた研修会等の開催を引き続き検討する。', 65, NULL),
  ('令和4年度', '1-1-3', 2, '【認知症ガイドブック】', '本人や家族の声を紹介した令和4年度版の作成と学習会等での活用を図る。', 69, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-1-3', 'issued', 1, 'ガイドブックの発行部数（発行開始からの累計）', '部', 'bar'),
  ('令和4年度', '1-1-3', 'distributed', 2, 'ガイドブックの令和4年度配布数', '部', 'bar'),
  ('令和4年度', '1-1-3', 'other', 3, 'その他', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-1-3', 'zaitaku-issued', 'issued', 1, NULL, '在宅療養ガイドブック', NULL, 94500, '部', '94,500部', '27年10月～', TRUE, 51),
  ('令和4年度', '1-1-3', 'dementia-issued', 'issued', 2, NULL, '認知症ガイドブック', NULL, 93000, '部', '93,000部', '28年3月～', FALSE, 59),
  ('令和4年度', '1-1-3', 'zaitaku-distributed', 'distributed', 1, NULL, '在宅療養ガイドブック', NULL, 5500, '部', '5,500部', '令和4年度', FALSE, 51),
  ('令和4年度', '1-1-3', 'dementia-distributed', 'distributed', 2, NULL, '認知症ガイドブック', NULL, 5000, '部', '5,000部', '令和4年度', FALSE, 59),
  ('令和4年度', '1-1-3', 'screening-issued', 'other', 1, NULL, 'もの忘れ検診発行数', NULL, 16000, '部', '16,000部', NULL, FALSE, 59),
  ('令和4年度', '1-1-3', 'outreach', 'other', 2, NULL, 'ガイドブックを活用した出張講座', NULL, 3, '回', '3回', NULL, FALSE, 56),
  ('令和4年度', '1-1-3', 'outreach-professional', 'other', 3, NULL, '出張講座のうち専門職向け研修会', NULL, 1, '回', '1回', NULL, FALSE, 56);

-- 1-2-1 地域包括支援センターの移転・増設 (L80-85)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-2-1', '1-2', 1, '地域包括支援センターの移転・増設', NULL, NULL,
        '【医療・在宅介護相談件数】25か所12,454件', '地域包括支援センター', 80, 85, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-2-1', '地域包括支援センター');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-2-1', 1, '相談件数（延件数）', 81);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-2-1', 1, NULL, 'より身近な地域で相談支援が受けられるよう相談支援体制の整備。', 81, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-2-1', 'consultations', 1, '医療・在宅介護相談件数', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-2-1', 'centres', 'consultations', 1, NULL, '地域包括支援センター', NULL, 25, 'か所', '25か所', NULL, FALSE, 80),
  ('令和4年度', '1-2-1', 'consultations', 'consultations', 2, NULL, '医療・在宅介護相談件数', NULL, 12454, '件', '12,454件', NULL, TRUE, 80);

-- 1-2-2 もの忘れ検診の実施 (L87-89)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-2-2', '1-2', 2, 'もの忘れ検診の実施', NULL, NULL,
        '【もの忘れ検診受診件数】386件', '地域包括支援センター', 87, 89, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-2-2', '地域包括支援センター');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-2-2', 1, 'もの忘れ検診受診件数', 87);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-2-2', 1, NULL, '受診支援', 87, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-2-2', 'screenings', 1, 'もの忘れ検診受診件数', '件', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-2-2', 'screenings', 'screenings', 1, NULL, 'もの忘れ検診受診件数', NULL, 386, '件', '386件', NULL, TRUE, 87);

-- 1-2-3 認知症専門病院との連携（アウトリーチ） (L91-100)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-2-3', '1-2', 2, '認知症専門病院との連携（アウトリーチ）', NULL, NULL,
'【地域包括支援センターへの認知症相談件数】25か所　7,805件
【アウトリーチ件数】４回', '地域包括支援センター', 91, 100, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-2-3', '地域包括支援センター');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-2-3', 1, '地域包括支援センターへの認知症相談件数', 95),
  ('令和4年度', '1-2-3', 2, '医師によるアウトリーチ実施回数', 97);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-2-3', 1, NULL, 'アウトリーチの効果検証', 203,
   'ページ末尾の目的のセルの横に印字されている（203行）。この取組の行に今後の課題の欄がないため、その課題と読んだ。');
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-2-3', 'consultations', 1, '地域包括支援センターへの認知症相談件数', NULL, NULL),
  ('令和4年度', '1-2-3', 'outreach', 2, 'アウトリーチ件数', '回', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-2-3', 'centres', 'consultations', 1, NULL, '地域包括支援センター', NULL, 25, 'か所', '25か所', NULL, FALSE, 92),
  ('令和4年度', '1-2-3', 'consultations', 'consultations', 2, NULL, '認知症相談件数', NULL, 7805, '件', '7,805件', NULL, TRUE, 92),
  ('令和4年度', '1-2-3', 'outreach', 'outreach', 1, NULL, 'アウトリーチ件数', NULL, 4, '回', '４回', NULL, FALSE, 93);

-- 1-2-4 認知症専門相談事業の実施（認知症初期集中支援チーム） (L102-107)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-2-4', '1-2', 2, '認知症専門相談事業の実施（認知症初期集中支援チーム）', NULL, NULL,
        '【初期集中支援チーム対象者数】61人', '地域包括支援センター', 102, 107, 'この取組の今後の課題は印字されていない。');
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-2-4', '地域包括支援センター');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-2-4', 1, '初期集中支援チーム対象者数', 105);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-2-4', 'clients', 1, '初期集中支援チーム対象者数', '人', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-2-4', 'clients', 'clients', 1, NULL, '初期集中支援チーム対象者数', NULL, 61, '人', '61人', NULL, TRUE, 105);

-- 1-2-5 摂食・えん下機能支援事業の実施 (L112-126)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-2-5', '1-2', 3, '摂食・えん下機能支援事業の実施', NULL, NULL,
'【申込】50件（A 異常なし：2人 B 軽度の異常あり:29人 C 異常あり:13人 未実施：5名 中止：2名）
【紹介者】ケアマネジャー（18件）、医師（4件）、看護師（3件）等
【支援につながった利用者（追跡アンケート※より）】4人（医師、歯科医師、練馬つつじ歯科診療所）
※追跡アンケートは27件中9件が回答。', '歯科医師会・地域医療課', 112, 126, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '1-2-5', '歯科医師会'),
  ('令和4年度', '1-2-5', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-2-5', 1, '摂食・えん下推進事業の利用者数、支援につながった利用者数', 119);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-2-5', 1, NULL, '区民および紹介者となる専門職への、啓発機会を検討する。', 122, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-2-5', 'applications', 1, '申込', '件', NULL),
  ('令和4年度', '1-2-5', 'outcomes', 2, '申込者の評価結果', '人', 'bar'),
  ('令和4年度', '1-2-5', 'referrers', 3, '紹介者（主なもの）', '件', 'bar'),
  ('令和4年度', '1-2-5', 'follow-up', 4, '支援につながった利用者と追跡アンケート', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-2-5', 'applications', 'applications', 1, NULL, '申込', NULL, 50, '件', '50件', NULL, TRUE, 114),
  ('令和4年度', '1-2-5', 'outcome-a', 'outcomes', 1, 'applications', 'A 異常なし', NULL, 2, '人', '2人', NULL, FALSE, 114),
  ('令和4年度', '1-2-5', 'outcome-b', 'outcomes', 2, 'applications', 'B 軽度の異常あり', NULL, 29, '人', '29人', NULL, FALSE, 114),
  ('令和4年度', '1-2-5', 'outcome-c', 'outcomes', 3, 'applications', 'C 異常あり', NULL, 13, '人', '13人', NULL, FALSE, 114),
  ('令和4年度', '1-2-5', 'not-done', 'outcomes', 4, 'applications', '未実施', NULL, 5, '人', '5名', NULL, FALSE, 114),
  ('令和4年度', '1-2-5', 'cancelled', 'outcomes', 5, 'applications', '中止', NULL, 2, '人', '2名', NULL, FALSE, 114),
  ('令和4年度', '1-2-5', 'by-care-manager', 'referrers', 1, NULL, 'ケアマネジャー', NULL, 18, '件', '18件', NULL, FALSE, 115),
  ('令和4年度', '1-2-5', 'by-doctor', 'referrers', 2, NULL, '医師', NULL, 4, '件', '4件', NULL, FALSE, 115),
  ('令和4年度', '1-2-5', 'by-nurse', 'referrers', 3, NULL, '看護師', NULL, 3, '件', '3件', NULL, FALSE, 115),
  ('令和4年度', '1-2-5', 'supported', 'follow-up', 1, NULL, '支援につながった利用者', NULL, 4, '人', '4人', NULL, FALSE, 116),
  ('令和4年度', '1-2-5', 'follow-up-sent', 'follow-up', 2, NULL, '追跡アンケート対象', NULL, 27, '件', '27件', NULL, FALSE, 117),
  ('令和4年度', '1-2-5', 'follow-up-answered', 'follow-up', 3, NULL, '追跡アンケート回答', NULL, 9, '件', '9件', NULL, FALSE, 117);

-- 1-3-1 チームオレンジ活動の実施 (L135-143)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-3-1', '1-3', 1, 'チームオレンジ活動の実施', NULL, NULL,
        '【本人ミーティング開催数】　25か所', '高齢者支援課', 135, 143, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-3-1', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-3-1', 1, '本人ミーティングの開催数', 135);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-3-1', 1, NULL, '本人の希望やできることを生かしたチームオレンジ活動へ繋げる。', 137, NULL),
  ('令和4年度', '1-3-1', 2, NULL, '認知症サポーターのさらなる活用。本人ミーティング、チームオレンジ活動の区民への周知。', 139, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-3-1', 'meetings', 1, '本人ミーティング開催数', 'か所', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-3-1', 'meetings', 'meetings', 1, NULL, '本人ミーティング開催数', NULL, 25, 'か所', '25か所', NULL, TRUE, 135);

-- 1-3-2 介護なんでも電話相談の実施 (L145-148)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-3-2', '1-3', 2, '介護なんでも電話相談の実施', NULL, NULL,
        '【相談件数】　52回　106件', 'NPO法人認知症ｻﾎﾟｰﾄｾﾝﾀｰ・ねりま・高齢者支援課', 145, 148, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '1-3-2', 'NPO法人認知症ｻﾎﾟｰﾄｾﾝﾀｰ・ねりま'),
  ('令和4年度', '1-3-2', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-3-2', 1, '相談件数', 145);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-3-2', 1, NULL, '事業の継続的周知', 145, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-3-2', 'consultations', 1, '相談件数', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-3-2', 'sessions', 'consultations', 1, NULL, '実施回数', NULL, 52, '回', '52回', NULL, FALSE, 145),
  ('令和4年度', '1-3-2', 'consultations', 'consultations', 2, NULL, '相談件数', NULL, 106, '件', '106件', NULL, TRUE, 145);

-- 1-3-3 介護学べるサロンの実施 (L150)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-3-3', '1-3', 2, '介護学べるサロンの実施', NULL, NULL,
        '【参加人数】　49回　348人', '高齢者支援課', 150, 150, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '1-3-3', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-3-3', 1, '参加人数', 150);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-3-3', 1, NULL, '実施施設の地域偏差の解消', 150, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-3-3', 'salon', 1, '参加人数', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-3-3', 'sessions', 'salon', 1, NULL, '実施回数', NULL, 49, '回', '49回', NULL, FALSE, 150),
  ('令和4年度', '1-3-3', 'participants', 'salon', 2, NULL, '参加人数', NULL, 348, '人', '348人', NULL, TRUE, 150);

-- 1-3-4 介護相談・交流カフェの実施 (L152-155)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-3-4', '1-3', 2, '介護相談・交流カフェの実施', NULL, NULL,
        '【実施回数】　10回　122人', 'NPO法人認知症ｻﾎﾟｰﾄｾﾝﾀｰ・ねりま・高齢者支援課', 152, 155, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '1-3-4', 'NPO法人認知症ｻﾎﾟｰﾄｾﾝﾀｰ・ねりま'),
  ('令和4年度', '1-3-4', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-3-4', 1, '参加人数', 152);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-3-4', 1, NULL, '多様な介護者のニーズへの対応', 152, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-3-4', 'cafe', 1, '実施回数と参加人数', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-3-4', 'sessions', 'cafe', 1, NULL, '実施回数', NULL, 10, '回', '10回', NULL, FALSE, 152),
  ('令和4年度', '1-3-4', 'participants', 'cafe', 2, NULL, '参加人数', NULL, 122, '人', '122人', NULL, TRUE, 152);

-- 1-3-5 在宅療養を支える地域活動のリスト化 (L157-169)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '1-3-5', '1-3', 3, '在宅療養を支える地域活動のリスト化', NULL, NULL,
'在宅療養を支える地域活動として当事者・家族会のリストを作成。区ホームページから医療と介護の情報サイトを経由し、団体の情報（活動内容やホームページなど）を紹介する（令和2年3月～）
【掲載団体数】82団体', '高齢者支援課・地域医療課・その他関係機関', 157, 169, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '1-3-5', '高齢者支援課'),
  ('令和4年度', '1-3-5', '地域医療課'),
  ('令和4年度', '1-3-5', 'その他関係機関');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '1-3-5', 1, 'リスト掲載数', 162);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '1-3-5', 1, NULL, '多くの当事者や家族に知ってもらうため、区民のみならず医療・介護従事者に周知する。', 163, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '1-3-5', 'listed', 1, '掲載団体数', '団体', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '1-3-5', 'listed', 'listed', 1, NULL, '掲載団体数', NULL, 82, '団体', '82団体', '令和2年3月～', TRUE, 160);

-- 2-1-1 事例検討会の開催 and 2-1-2 認知症事例検討会の開催: one merged block in the source (L213-248).
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-1', '2-1', 1, '事例検討会の開催', '4回/年', NULL,
'参加者数：延べ456人
　【アンケート結果】(第2回、第4回はZoom参加者のみ）
「他の職種のサービス内容に関する理解が深まった」と回答した割合：(第1回)会場参加者：97%、ZOOM参加者：94% (第2回)ZOOM参加者：98% (第3回)会場参加者：97%、ZOOM参加者：96％（第4回）ZOOM参加者：100％
「同グループの方と今後も連絡を取り合える関係性を築けた」と回答した割合：(第1回)会場参加者：76%、ZOOM参加者：44% (第2回)ZOOM参加者：44% (第3回)会場参加者：40%、ZOOM参加者：39％（第4回）ZOOM参加者49％',
        '地域医療課・高齢者支援課', 213, 248,
        '事例検討会と認知症事例検討会は一つの結合したセルに印字されている。実施結果・成果指標・今後の課題・担当は見出しと順序で振り分けた（担当は245〜246行をこの取組に）。'),
       ('令和4年度', '2-1-2', '2-1', 1, '認知症事例検討会の開催', '4回/年', NULL,
'認知症事例検討会２回
　参加者数　50人　   　満足度　10点満点中8点以上の人の割合73％',
        '認知症疾患医療センター', 215, 248,
        '事例検討会と認知症事例検討会は一つの結合したセルに印字されている。実施結果・成果指標・今後の課題・担当は見出しと順序で振り分けた（担当は247〜248行をこの取組に）。');
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '2-1-1', '地域医療課'),
  ('令和4年度', '2-1-1', '高齢者支援課'),
  ('令和4年度', '2-1-2', '認知症疾患医療センター');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-1', 1, '事例検討会アンケートの「他職種のサービス内容に関する理解が深まった」「同グループの方と今後も連絡を取り合える関係性を築けた」の割合', 229),
  ('令和4年度', '2-1-2', 1, '認知症事例検討会アンケートにおける満足度', 233);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-1', 1, '事例検討会', '医療・介護資源調査など、各種調査の結果を踏まえた新たな課題を検討できるよう、事業の見直しを行う。', 236, NULL),
  ('令和4年度', '2-1-2', 1, '認知症事例検討会', '関係者の参加率向上のため、周知方法や開催日時、テーマを再検討する。', 241, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-1', 'participants', 1, '参加者数', '人', NULL),
  ('令和4年度', '2-1-1', 'understanding', 2, '「他の職種のサービス内容に関する理解が深まった」と回答した割合', '%', 'bar'),
  ('令和4年度', '2-1-1', 'relationship', 3, '「同グループの方と今後も連絡を取り合える関係性を築けた」と回答した割合', '%', 'bar'),
  ('令和4年度', '2-1-2', 'conference', 1, '実施状況', NULL, NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-1', 'participants', 'participants', 1, NULL, '参加者数', NULL, 456, '人', '延べ456人', NULL, TRUE, 218),
  ('令和4年度', '2-1-1', 'understanding-s1-venue', 'understanding', 1, NULL, '第1回', '会場参加者', 97, '%', '97%', NULL, FALSE, 220),
  ('令和4年度', '2-1-1', 'understanding-s1-zoom', 'understanding', 2, NULL, '第1回', 'ZOOM参加者', 94, '%', '94%', NULL, FALSE, 221),
  ('令和4年度', '2-1-1', 'understanding-s2-zoom', 'understanding', 3, NULL, '第2回', 'ZOOM参加者', 98, '%', '98%', NULL, FALSE, 221),
  ('令和4年度', '2-1-1', 'understanding-s3-venue', 'understanding', 4, NULL, '第3回', '会場参加者', 97, '%', '97%', NULL, FALSE, 221),
  ('令和4年度', '2-1-1', 'understanding-s3-zoom', 'understanding', 5, NULL, '第3回', 'ZOOM参加者', 96, '%', '96％', NULL, FALSE, 221),
  ('令和4年度', '2-1-1', 'understanding-s4-zoom', 'understanding', 6, NULL, '第4回', 'ZOOM参加者', 100, '%', '100％', NULL, FALSE, 221),
  ('令和4年度', '2-1-1', 'relationship-s1-venue', 'relationship', 1, NULL, '第1回', '会場参加者', 76, '%', '76%', NULL, FALSE, 222),
  ('令和4年度', '2-1-1', 'relationship-s1-zoom', 'relationship', 2, NULL, '第1回', 'ZOOM参加者', 44, '%', '44%', NULL, FALSE, 223),
  ('令和4年度', '2-1-1', 'relationship-s2-zoom', 'relationship', 3, NULL, '第2回', 'ZOOM参加者', 44, '%', '44%', NULL, FALSE, 223),
  ('令和4年度', '2-1-1', 'relationship-s3-venue', 'relationship', 4, NULL, '第3回', '会場参加者', 40, '%', '40%', NULL, FALSE, 223),
  ('令和4年度', '2-1-1', 'relationship-s3-zoom', 'relationship', 5, NULL, '第3回', 'ZOOM参加者', 39, '%', '39％', NULL, FALSE, 223),
  ('令和4年度', '2-1-1', 'relationship-s4-zoom', 'relationship', 6, NULL, '第4回', 'ZOOM参加者', 49, '%', '49％', NULL, FALSE, 224),
  ('令和4年度', '2-1-2', 'sessions', 'conference', 1, NULL, '実施回数', NULL, 2, '回', '２回', NULL, FALSE, 226),
  ('令和4年度', '2-1-2', 'participants', 'conference', 2, NULL, '参加者数', NULL, 50, '人', '50人', NULL, TRUE, 227),
  ('令和4年度', '2-1-2', 'satisfied', 'conference', 3, NULL, '満足度（10点満点中8点以上の人の割合）', NULL, 73, '%', '73％', NULL, FALSE, 227);

-- 2-1-3 自主的な事例検討会の立ち上げ支援 (L250)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-3', '2-1', 1, '自主的な事例検討会の立ち上げ支援', NULL, NULL,
        '【実施回数】　61件　　 医療機関・介護事業所・地域団体等', '高齢者支援課', 250, 250,
        '行全体が1行に印字されている（250行）。「医療機関・介護事業所・地域団体等」を実施結果の一部、「支援数」を成果指標と読んだ。');
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-1-3', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-3', 1, '支援数', 250);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-3', 1, NULL, '定期開催等の模索', 250, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-3', 'supported', 1, '実施回数', '件', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-3', 'supported', 'supported', 1, NULL, '実施回数', NULL, 61, '件', '61件', NULL, TRUE, 250);

-- 2-1-4 多職種協働による地域ケア会議等の実施 (L252-260)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-4', '2-1', 1, '多職種協働による地域ケア会議等の実施', NULL, NULL,
'地域ケア予防会議
【実施回数】8回、書面開催１回', '高齢者支援課', 252, 260, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-1-4', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-4', 1, '地域ケア予防会議の開催数', 256);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-4', 1, NULL, '自立支援・重度化防止に向けた取り組みの推進', 257, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-4', 'meetings', 1, '地域ケア予防会議の実施回数', '回', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-4', 'meetings', 'meetings', 1, NULL, '実施回数', NULL, 8, '回', '8回', NULL, TRUE, 254),
  ('令和4年度', '2-1-4', 'written', 'meetings', 2, NULL, '書面開催', NULL, 1, '回', '１回', NULL, FALSE, 254);

-- 2-1-5 ケアマネジャーの育成 (L262-273)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-5', '2-1', 1, 'ケアマネジャーの育成', NULL, NULL,
'地域同行型研修（アドバイザー養成研修）全２回
【実施回数】2回　　60人　【満足度（今後の仕事に活かせる）】　100％
地域カンファレンス・全体報告会
【実施回数】9回　延333人　【満足度（今後の仕事に活かせる）】　92％', '高齢者支援課', 262, 273, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-1-5', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-5', 1, '研修受講者のアンケートによる満足度', 269);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-5', 1, NULL, '事業実施の周知方法を見直し、ケアマネジャーのさらなる参加を促す。', 270, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-5', 'course', 1, '地域同行型研修（アドバイザー養成研修）の全回数', '回', NULL),
  ('令和4年度', '2-1-5', 'sessions', 2, '研修の実施回数', '回', 'bar'),
  ('令和4年度', '2-1-5', 'participants', 3, '研修の参加者数', '人', 'bar'),
  ('令和4年度', '2-1-5', 'satisfaction', 4, '満足度（今後の仕事に活かせる）', '%', 'bar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-5', 'training-course', 'course', 1, NULL, '地域同行型研修（アドバイザー養成研修）', NULL, 2, '回', '全２回', NULL, FALSE, 264),
  ('令和4年度', '2-1-5', 'training-sessions', 'sessions', 1, NULL, '地域同行型研修', NULL, 2, '回', '2回', NULL, FALSE, 265),
  ('令和4年度', '2-1-5', 'conference-sessions', 'sessions', 2, NULL, '地域カンファレンス・全体報告会', NULL, 9, '回', '9回', NULL, FALSE, 267),
  ('令和4年度', '2-1-5', 'training-participants', 'participants', 1, NULL, '地域同行型研修', NULL, 60, '人', '60人', NULL, FALSE, 265),
  ('令和4年度', '2-1-5', 'conference-participants', 'participants', 2, NULL, '地域カンファレンス・全体報告会', NULL, 333, '人', '延333人', NULL, TRUE, 267),
  ('令和4年度', '2-1-5', 'training-satisfaction', 'satisfaction', 1, NULL, '地域同行型研修', NULL, 100, '%', '100％', NULL, FALSE, 265),
  ('令和4年度', '2-1-5', 'conference-satisfaction', 'satisfaction', 2, NULL, '地域カンファレンス・全体報告会', NULL, 92, '%', '92％', NULL, FALSE, 267);

-- 2-1-6 ICTネットワークの推進 (L275-283)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-6', '2-1', 2, 'ICTネットワークの推進', NULL, NULL,
'【ICTを活用する医療・介護事業所の割合（現在活用している）】
地域連携室：25.0％、診療所：3.0％、歯科診療所：1.2％、薬局：17.2％、訪問看護：66.0％、居宅：59.2％', '地域医療課', 275, 283, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-1-6', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-6', 1, 'ICTの活用に関する理解度', 279),
  ('令和4年度', '2-1-6', 2, 'ICTを活用する医療・介護事業所の割合（医療・介護資源調査）', 280);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-6', 1, NULL, '必要に応じ、情報共有を行う。', 283, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-6', 'ict', 1, 'ICTを活用する医療・介護事業所の割合（現在活用している）', '%', 'hbar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-6', 'ict-hospital', 'ict', 1, NULL, '地域連携室', NULL, 25.0, '%', '25.0％', NULL, FALSE, 277),
  ('令和4年度', '2-1-6', 'ict-clinic', 'ict', 2, NULL, '診療所', NULL, 3.0, '%', '3.0％', NULL, FALSE, 277),
  ('令和4年度', '2-1-6', 'ict-dental', 'ict', 3, NULL, '歯科診療所', NULL, 1.2, '%', '1.2％', NULL, FALSE, 277),
  ('令和4年度', '2-1-6', 'ict-pharmacy', 'ict', 4, NULL, '薬局', NULL, 17.2, '%', '17.2％', NULL, FALSE, 277),
  ('令和4年度', '2-1-6', 'ict-nursing', 'ict', 5, NULL, '訪問看護', NULL, 66.0, '%', '66.0％', NULL, TRUE, 277),
  ('令和4年度', '2-1-6', 'ict-care-office', 'ict', 6, NULL, '居宅', NULL, 59.2, '%', '59.2％', NULL, FALSE, 277);

-- 2-1-7 医療・介護連携シートの活用 (L285-292)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-7', '2-1', 2, '医療・介護連携シートの活用', NULL, NULL,
        '【発行数】8,000部　累計　67,000部', '高齢者支援課', 285, 292, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-1-7', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-7', 1, '発行数', 287),
  ('令和4年度', '2-1-7', 2, '練馬区医療・介護資源調査で医療・介護連携シートの認識の「知らない」の割合の減少', 288);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-7', 1, NULL, '継続的な周知と利用促進', 292, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-7', 'sheets', 1, '医療・介護連携シートの発行数と累計', '部', 'bar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-7', 'issued', 'sheets', 1, NULL, '発行数', NULL, 8000, '部', '8,000部', NULL, TRUE, 285),
  ('令和4年度', '2-1-7', 'cumulative', 'sheets', 2, NULL, '累計', NULL, 67000, '部', '67,000部', NULL, FALSE, 285);

-- 2-1-8 在宅医療同行研修の実施 (L297-314)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-1-8', '2-1', 3, '在宅医療同行研修の実施', NULL, NULL,
'同行訪問
【実施病院、団体】3病院
【参加者数】18名
【満足度】100％（非常に満足または満足と回答した割合）
【在宅診療で観る患者のイメージ像が具体的になった】90％
【在宅医療従事者の求める入退院支援についての理解が深まった】100％
振り返り研修
【実施病院・団体】1病院', '地域医療課', 297, 314, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-1-8', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-1-8', 1, '在宅医療同行研修受講後アンケート', 308),
  ('令和4年度', '2-1-8', 2, '在宅医療業務に対する理解度', 309);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-1-8', 1, NULL, '事業方法を見直し、病院のさらなる参加を促す。', 311, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-1-8', 'visits', 1, '同行訪問', NULL, NULL),
  ('令和4年度', '2-1-8', 'survey', 2, '同行訪問のアンケート結果', '%', 'hbar'),
  ('令和4年度', '2-1-8', 'review', 3, '振り返り研修', '病院', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-1-8', 'hospitals', 'visits', 1, NULL, '実施病院、団体', NULL, 3, '病院', '3病院', NULL, FALSE, 300),
  ('令和4年度', '2-1-8', 'participants', 'visits', 2, NULL, '参加者数', NULL, 18, '人', '18名', NULL, TRUE, 301),
  ('令和4年度', '2-1-8', 'satisfaction', 'survey', 1, NULL, '満足度（非常に満足または満足と回答した割合）', NULL, 100, '%', '100％', NULL, FALSE, 302),
  ('令和4年度', '2-1-8', 'patient-image', 'survey', 2, NULL, '在宅診療で観る患者のイメージ像が具体的になった', NULL, 90, '%', '90％', NULL, FALSE, 303),
  ('令和4年度', '2-1-8', 'discharge-support', 'survey', 3, NULL, '在宅医療従事者の求める入退院支援についての理解が深まった', NULL, 100, '%', '100％', NULL, FALSE, 304),
  ('令和4年度', '2-1-8', 'review-hospitals', 'review', 1, NULL, '実施病院・団体', NULL, 1, '病院', '1病院', NULL, FALSE, 306);

-- 2-2-1 後方支援病床の確保 (L321-325)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-2-1', '2-2', 1, '後方支援病床の確保', NULL, NULL,
        '【利用者数】延141件', '医師会・地域医療課', 321, 325, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '2-2-1', '医師会'),
  ('令和4年度', '2-2-1', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-2-1', 1, '後方支援病床の利用件数', 321);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-2-1', 1, NULL, '患者の身体状況等の変化に迅速に対応できるよう、適正な利用を促進していく。', 322, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-2-1', 'uses', 1, '後方支援病床の利用者数', '件', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-2-1', 'uses', 'uses', 1, NULL, '利用者数', NULL, 141, '件', '延141件', NULL, TRUE, 321);

-- 2-2-2 医療連携・在宅医療サポートセンターの運営 (L332-345)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-2-2', '2-2', 2, '医療連携・在宅医療サポートセンターの運営', NULL, NULL,
'医師会在宅療養推進協議会：9回
在宅医療に関する相談件数
　・診療所から在宅療養に関する相談件数：15件(他科連携や在宅導入に関する相談)
　・病院から在宅医療に関する相談件数：61件(在宅導入に関する相談)
　・区民から在宅医療に関する相談件数：50件', '医師会・地域医療課', 332, 345, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', '2-2-2', '医師会'),
  ('令和4年度', '2-2-2', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-2-2', 1, '訪問診療を行う医療機関数', 340);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-2-2', 1, NULL, '引き続き、夜間・休日の負担軽減を図るための検討、他科連携の検討、在宅医療参画推進のための検討を行う。', 341, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-2-2', 'council', 1, '医師会在宅療養推進協議会', '回', NULL),
  ('令和4年度', '2-2-2', 'consultations', 2, '在宅医療に関する相談件数（相談元別）', '件', 'bar');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-2-2', 'council', 'council', 1, NULL, '医師会在宅療養推進協議会', NULL, 9, '回', '9回', NULL, TRUE, 334),
  ('令和4年度', '2-2-2', 'from-clinics', 'consultations', 1, NULL, '診療所から', NULL, 15, '件', '15件', NULL, FALSE, 336),
  ('令和4年度', '2-2-2', 'from-hospitals', 'consultations', 2, NULL, '病院から', NULL, 61, '件', '61件', NULL, FALSE, 337),
  ('令和4年度', '2-2-2', 'from-residents', 'consultations', 3, NULL, '区民から', NULL, 50, '件', '50件', NULL, FALSE, 338);

-- 2-2-3 医療・介護・消防の連携促進（課題の整理、取組みの検討） (L352-359)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', '2-2-3', '2-2', 3, '医療・介護・消防の連携促進（課題の整理、取組みの検討）', NULL, NULL,
        '医療介護消防連携事業 意見交換会:2回', '地域医療課', 352, 359, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES ('令和4年度', '2-2-3', '地域医療課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', '2-2-3', 1, '意見交換会・勉強会実施回数', 355);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', '2-2-3', 1, NULL, '現状把握と課題整理に取り組み、小委員会を実施する。', 356, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', '2-2-3', 'meetings', 1, '意見交換会', '回', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', '2-2-3', 'meetings', 'meetings', 1, NULL, '意見交換会', NULL, 2, '回', '2回', NULL, TRUE, 355);

-- C-1-1 必要に応じた各種ガイドライン等の情報共有 (L385-391)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', 'C-1-1', 'C-1', 1, '必要に応じた各種ガイドライン等の情報共有', NULL, NULL,
'【新型コロナウイルス感染症に関連した情報提供】
在宅療養推進協議会：1回', '地域医療課
高齢者支援課', 385, 391, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', 'C-1-1', '地域医療課'),
  ('令和4年度', 'C-1-1', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', 'C-1-1', 1, '情報共有の回数', 389);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', 'C-1-1', 1, NULL, '状況に応じて、情報共有を行う。', 389, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', 'C-1-1', 'information', 1, '新型コロナウイルス感染症に関連した情報提供', '回', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', 'C-1-1', 'council', 'information', 1, NULL, '在宅療養推進協議会', NULL, 1, '回', '1回', NULL, TRUE, 387);

-- C-1-2 コロナ禍における多職種連携と情報共有に関する事例の共有と事例集の作成 (L397-402)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', 'C-1-2', 'C-1', 2, 'コロナ禍における多職種連携と情報共有に関する事例の共有と事例集の作成', NULL, NULL,
        '新型コロナウイルス感染症対策事例集のホームページ掲載', '地域医療課
高齢者支援課', 397, 402, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', 'C-1-2', '地域医療課'),
  ('令和4年度', 'C-1-2', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', 'C-1-2', 1, '事例集の作成', 400);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', 'C-1-2', 1, NULL, '-', 400, NULL);

-- C-1-3 オンライン参加や動画配信などの検討と実施 (L407-427)
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和4年度', 'C-1-3', 'C-1', 3, 'オンライン参加や動画配信などの検討と実施', NULL, NULL,
'【動画配信】
在宅療養講演会：
当日の様子を別会場で配信する同時上映会：4回
撮影したものを使用する後日上映会：14回
【オンライン開催】
在宅療養推進協議会：2回
在宅療養専門部会：3回
認知症専門部会：3回
事例検討会：2回
【ハイブリッド開催】
在宅療養講演会：2回
事例検討会：2回', '地域医療課
高齢者支援課', 407, 427, NULL);
INSERT INTO initiative_unit (fiscal_year, initiative_code, unit) VALUES
  ('令和4年度', 'C-1-3', '地域医療課'),
  ('令和4年度', 'C-1-3', '高齢者支援課');
INSERT INTO outcome_indicator (fiscal_year, initiative_code, position, text, src_line) VALUES
  ('令和4年度', 'C-1-3', 1, '動画配信回数', 422),
  ('令和4年度', 'C-1-3', 2, 'オンライン開催数', 423);
INSERT INTO challenge (fiscal_year, initiative_code, position, heading, text, src_line, reading_note) VALUES
  ('令和4年度', 'C-1-3', 1, NULL, '-', 425, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart) VALUES
  ('令和4年度', 'C-1-3', 'video', 1, '在宅療養講演会の動画配信', '回', 'bar'),
  ('令和4年度', 'C-1-3', 'modes', 2, 'オンライン開催・ハイブリッド開催の回数', '回', 'stacked');
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line) VALUES
  ('令和4年度', 'C-1-3', 'simulcast', 'video', 1, NULL, '同時上映会', NULL, 4, '回', '4回', NULL, FALSE, 411),
  ('令和4年度', 'C-1-3', 'replay', 'video', 2, NULL, '後日上映会', NULL, 14, '回', '14回', NULL, TRUE, 412),
  ('令和4年度', 'C-1-3', 'online-council', 'modes', 1, NULL, '在宅療養推進協議会', 'オンライン開催', 2, '回', '2回', NULL, FALSE, 414),
  ('令和4年度', 'C-1-3', 'online-zaitaku', 'modes', 2, NULL, '在宅療養専門部会', 'オンライン開催', 3, '回', '3回', NULL, FALSE, 415),
  ('令和4年度', 'C-1-3', 'online-dementia', 'modes', 3, NULL, '認知症専門部会', 'オンライン開催', 3, '回', '3回', NULL, FALSE, 416),
  ('令和4年度', 'C-1-3', 'online-case', 'modes', 4, NULL, '事例検討会', 'オンライン開催', 2, '回', '2回', NULL, FALSE, 417),
  ('令和4年度', 'C-1-3', 'hybrid-lecture', 'modes', 5, NULL, '在宅療養講演会', 'ハイブリッド開催', 2, '回', '2回', NULL, FALSE, 419),
  ('令和4年度', 'C-1-3', 'hybrid-case', 'modes', 6, NULL, '事例検討会', 'ハイブリッド開催', 2, '回', '2回', NULL, FALSE, 420);

-- The report's own spelling variants, for the search: each spelling with the lines that print it.
INSERT INTO spelling_variant (fiscal_year, word, spelling, src_lines) VALUES
  ('令和4年度', 'えん下', 'えん下', '109, 112, 119, 588, 606, 609, 615, 618'),
  ('令和4年度', 'えん下', '嚥下', '1077, 1084, 1088'),
  ('令和4年度', '医療・介護', '医療・介護', '164, 237, 276, 280, 281, 285, 288, 352, 368, 375, 439, 622, 754, 758'),
  ('令和4年度', '医療・介護', '医療介護', '355'),
  ('令和4年度', '取組', '取組', '8, 78, 130, 211, 316, 353, 379, 431, 478, 633, 695, 1028'),
  ('令和4年度', '取組', '取り組み', '257, 356, 867'),
  ('令和4年度', '取組', '取組み', '353, 695');

-- Plans against what was held (data_check 'planned_held'): the count the results print, or the sessions they list.
INSERT INTO initiative_held (fiscal_year, initiative_code, figure_code, group_code, basis, src_line) VALUES
  ('令和4年度', '1-1-1', NULL, 'sessions', '実施結果に参加者数の載った回（第1回〜第3回）の数', 16),
  ('令和4年度', '1-1-2', 'sessions', NULL, '実施結果「【実施回数】1回」', 40),
  ('令和4年度', '2-1-1', NULL, 'understanding', '実施結果の【アンケート結果】に載った回（第1回〜第4回）の数', 219),
  ('令和4年度', '2-1-2', 'sessions', NULL, '実施結果「認知症事例検討会２回」', 226);

-- The COVID section's counts by format (C-1-3) against the sessions of the initiatives they summarize
-- (data_check 'summary_detail'). A lecture listing both 本会場 and Zoom participants was held both ways.
INSERT INTO summary_link (fiscal_year, initiative_code, figure_code, detail_initiative, detail_group, with_series,
                          and_series, without_series, basis, src_line, other_src_line) VALUES
  ('令和4年度', 'C-1-3', 'simulcast', '1-1-1', 'venues', '同時上映', NULL, NULL,
   '在宅療養講演会の実施結果で「同時上映」の参加者が載った回の数', 411, 16),
  ('令和4年度', 'C-1-3', 'hybrid-lecture', '1-1-1', 'venues', '本会場', 'Zoom', NULL,
   '在宅療養講演会の実施結果で「本会場」と「Zoom」の両方の参加者が載った回の数', 419, 16),
  ('令和4年度', 'C-1-3', 'online-case', '2-1-1', 'understanding', 'ZOOM参加者', NULL, '会場参加者',
   '事例検討会のアンケート結果で「ZOOM参加者」だけが載った回の数（「第2回、第4回はZoom参加者のみ」）', 417, 219),
  ('令和4年度', 'C-1-3', 'hybrid-case', '2-1-1', 'understanding', '会場参加者', 'ZOOM参加者', NULL,
   '事例検討会のアンケート結果で「会場参加者」と「ZOOM参加者」の両方が載った回の数', 420, 220);

-- Printed shares and the number they are shares of (data_check 'share_base'). The survey shares of 2-1-5, 2-1-2
-- and 2-1-8 are of their participants; the ICT shares of 2-1-6 are of the 医療・介護資源調査's returns (its
-- outcome indicator names the survey, L280-281).
INSERT INTO share_base (fiscal_year, initiative_code, figure_code, base_initiative_code, base_figure_code, basis)
VALUES
  ('令和4年度', '2-1-2', 'satisfied', '2-1-2', 'participants', '同じ行の「参加者数　50人」の満足度'),
  ('令和4年度', '2-1-5', 'training-satisfaction', '2-1-5', 'training-participants', '同じ行の「60人」の満足度'),
  ('令和4年度', '2-1-5', 'conference-satisfaction', '2-1-5', 'conference-participants', '同じ行の「延333人」の満足度'),
  ('令和4年度', '2-1-8', 'satisfaction', '2-1-8', 'participants', '同行訪問の「【参加者数】18名」のアンケート'),
  ('令和4年度', '2-1-8', 'patient-image', '2-1-8', 'participants', '同行訪問の「【参加者数】18名」のアンケート'),
  ('令和4年度', '2-1-8', 'discharge-support', '2-1-8', 'participants', '同行訪問の「【参加者数】18名」のアンケート'),
  ('令和4年度', '2-1-6', 'ict-hospital', NULL, NULL, '成果指標「ICTを活用する医療・介護事業所の割合（医療・介護資源調査）」'),
  ('令和4年度', '2-1-6', 'ict-clinic', NULL, NULL, '成果指標「ICTを活用する医療・介護事業所の割合（医療・介護資源調査）」'),
  ('令和4年度', '2-1-6', 'ict-dental', NULL, NULL, '成果指標「ICTを活用する医療・介護事業所の割合（医療・介護資源調査）」'),
  ('令和4年度', '2-1-6', 'ict-pharmacy', NULL, NULL, '成果指標「ICTを活用する医療・介護事業所の割合（医療・介護資源調査）」'),
  ('令和4年度', '2-1-6', 'ict-nursing', NULL, NULL, '成果指標「ICTを活用する医療・介護事業所の割合（医療・介護資源調査）」'),
  ('令和4年度', '2-1-6', 'ict-care-office', NULL, NULL, '成果指標「ICTを活用する医療・介護事業所の割合（医療・介護資源調査）」');

-- What each headline figure counts, for the cards of the overview, the areas and the slides.
INSERT INTO headline_context (fiscal_year, initiative_code, figure_code, counts, beside_label, beside_code) VALUES
  ('令和4年度', '1-1-1', 'total', '在宅療養講演会の総参加者数（延べ人数）', NULL, NULL),
  ('令和4年度', '1-1-2', 'participants', '認知症医学講座の参加者数', '実施回数', 'sessions'),
  ('令和4年度', '1-1-3', 'zaitaku-issued', '在宅療養ガイドブックの発行部数', '令和4年度配布数', 'zaitaku-distributed'),
  ('令和4年度', '1-2-1', 'consultations', '地域包括支援センターの医療・在宅介護相談件数', '地域包括支援センター', 'centres'),
  ('令和4年度', '1-2-2', 'screenings', 'もの忘れ検診受診件数', NULL, NULL),
  ('令和4年度', '1-2-3', 'consultations', '地域包括支援センターへの認知症相談件数', '地域包括支援センター', 'centres'),
  ('令和4年度', '1-2-4', 'clients', '認知症初期集中支援チーム対象者数', NULL, NULL),
  ('令和4年度', '1-2-5', 'applications', '摂食・えん下機能支援事業の申込件数', NULL, NULL),
  ('令和4年度', '1-3-1', 'meetings', 'チームオレンジ活動の本人ミーティング開催数', NULL, NULL),
  ('令和4年度', '1-3-2', 'consultations', '介護なんでも電話相談の相談件数', '実施回数', 'sessions'),
  ('令和4年度', '1-3-3', 'participants', '介護学べるサロンの参加人数', '実施回数', 'sessions'),
  ('令和4年度', '1-3-4', 'participants', '介護相談・交流カフェの参加人数', '実施回数', 'sessions'),
  ('令和4年度', '1-3-5', 'listed', '当事者・家族会のリストの掲載団体数', NULL, NULL),
  ('令和4年度', '2-1-1', 'participants', '事例検討会の参加者数（延べ人数）', NULL, NULL),
  ('令和4年度', '2-1-2', 'participants', '認知症事例検討会の参加者数', '実施回数', 'sessions'),
  ('令和4年度', '2-1-3', 'supported', '自主的な事例検討会の立ち上げ支援数', NULL, NULL),
  ('令和4年度', '2-1-4', 'meetings', '地域ケア予防会議の実施回数', '書面開催', 'written'),
  ('令和4年度', '2-1-5', 'conference-participants', '地域カンファレンス・全体報告会の参加者数（延べ）', '実施回数',
   'conference-sessions'),
  ('令和4年度', '2-1-6', 'ict-nursing', 'ICTを現在活用している訪問看護の割合', NULL, NULL),
  ('令和4年度', '2-1-7', 'issued', '医療・介護連携シートの発行数', '累計', 'cumulative'),
  ('令和4年度', '2-1-8', 'participants', '在宅医療同行研修（同行訪問）の参加者数', '実施病院、団体', 'hospitals'),
  ('令和4年度', '2-2-1', 'uses', '後方支援病床の利用件数（延べ）', NULL, NULL),
  ('令和4年度', '2-2-2', 'council', '医師会在宅療養推進協議会の開催回数', NULL, NULL),
  ('令和4年度', '2-2-3', 'meetings', '医療介護消防連携事業の意見交換会の回数', NULL, NULL),
  ('令和4年度', 'C-1-1', 'council', '在宅療養推進協議会での新型コロナウイルス感染症に関連した情報提供の回数', NULL, NULL),
  ('令和4年度', 'C-1-3', 'replay', '在宅療養講演会を撮影したものを使用する後日上映会の回数', '同時上映会', 'simulcast');
