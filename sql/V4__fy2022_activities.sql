-- FY2022 (令和4年度) report, attachment 別紙: the 50 activities of the 15 organizations whose members sit on the
-- 練馬区在宅療養推進協議会, one block per activity (Ｎｏ). Values are as printed, widths and typos included.
-- Wrapped cells are joined with nothing; line breaks that separate items (lists, dated lines, the parts of a
-- cell) are kept as newlines inside the literal. Cells read from position carry a reading_note (Japanese); rows 44-47 print
-- no 期間 (NULL), row 42 no 頻度 (NULL); times_min/max read the 頻度 as times per year where it is a count.

INSERT INTO organization (id, name, parent_id, src_line) VALUES
  (1, '練馬区医師会', NULL, 635),
  (2, '練馬区医師会訪問看護ステーション', NULL, 570),
  (3, '練馬区歯科医師会', NULL, 637),
  (4, '練馬区薬剤師会', NULL, 816),
  (5, '練馬総合病院', NULL, 728),
  (6, '順天堂大学医学部附属練馬病院', NULL, 818),
  (7, '循環器内科', 6, 821),
  (8, 'がん治療センター', 6, 1013),
  (9, '認知症疾患医療センター（慈雲堂病院）', NULL, 1018),
  (10, '練馬区訪問看護ステーション連絡会', NULL, 1023),
  (11, '練馬区介護サービス事業者連絡協議会居宅介護支援部会', NULL, 1008),
  (12, '練馬区主任介護支援専門員協議会（CMAN)', NULL, 1149),
  (13, '練馬区摂食嚥下研究会', NULL, 1077),
  (14, 'おたがいさまの会', NULL, 1094),
  (15, 'NPO法人認知症サポートセンター・ねりま', NULL, 1130);

-- No.1 (L480)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 1, 1, '主治医、訪問看護ステーション職員、その他関係者（病院医療連携室等担当者、行政等）', '専門職のネットワークの充実',
        '専門職のネットワーク連携強化', '平成14年度～', '年1回程度', 1, 1,
        '訪問看護ステーションに訪問看護指示書を出す主治医と、現場で実際に患者と接する訪問看護スタッフとの情報交換、連携、交流を図り、資質向上のための研修懇親会。',
        1, 480,
        '団体名は位置から読んだ。行に団体名がなく、1ページ目の練馬区医師会（635行）とした。研修懇親会は練馬区訪問看護ステーション連絡会と共に行うもので、同連絡会の取組である可能性もある。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 1, 1, '主治医と練馬区訪問看護ステーション連絡会との研修懇親会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 1, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 1, '専門職');

-- No.2 (L501)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 2, 1, '練馬区医師会員、会員施設従事者、その他、連携する多職種', '専門職のネットワークの充実', '在宅医療で必要な知識や技術の習得',
        '平成29年度～', '年2～3回', 2, 3,
        '在宅医療で必要な知識や技術の習得等を目的とした研修会を開催する。平成31年度は専門医師による講演、薬剤師、地域包括支援センターからの講演を実施。',
        1, 501, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 2, 1, '在宅医療研修会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 2, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 2, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 2, 1, 'era_date', NULL, NULL, NULL, '平成31年度', 514);

-- No.3 (L517)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 3, 1, '練馬区医師会員、会員施設従事者、その他、連携する多職種', 'サービス提供体制の充実', '病院から在宅療養生活への円滑な移行',
        '平成30年度～', '年2回', 2, 2, '病院内で病院スタッフ等へ地域在宅医、多職種等を講師とした研修。', 1, 517, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 3, 1, '東京都在宅療養研修事業にかかる病院内での理解促進研修');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 3, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 3, '専門職');

-- No.4 (L531)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 4, 1, '練馬区医師会員、会員施設従事者、その他、連携する多職種', '専門職のネットワーク', '在宅医療現場の実際の把握',
        '平成30年度～', '適宜', NULL, NULL,
        '病院スタッフが在宅療養の現場を理解する為、患家宅へ同行訪問および老健施設への見学により地域資源の把握をする。', 1, 531, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 4, 1, '東京都在宅療養研修事業にかかる相互研修');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 4, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 4, '専門職');

-- No.5 (L540)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 5, 1, '練馬区医師会員', '専門職のネットワーク', '在宅医療の課題の抽出', '平成28年度～', '月1回', 12, 12,
        '在宅医療を提供している会員医療機関の集まりで、在宅医療を行う上での問題点を協議している。また、訪問看護ステーションとも連携している。現在、病院から在宅に移る際の在宅医調整依頼票を作り、依頼法を検討している。また、ITCの活用について検討中。',
        1, 540, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 5, 1, '在宅医療部会/在宅医療推進協議会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 5, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 5, '専門職');

-- No.6 (L547)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 6, 1, '練馬区医師会員', '専門職のネットワーク', '会員への周知啓発', '平成29年～', '年8回', 8, 8,
        '在宅医療患者も含めたロコモティブシンドロームの予防は フレイルやサルコペニアの予防上重要と考えられるため、健康寿命延伸のために年8回の講演会を通じて会員の啓発に努めている。',
        1, 547, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 6, 1, '学術部整形外科医会による講演会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 6, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 6, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 6, 1, 'per_year', 8, 8, '回/年', '年8回', 549);

-- No.7 (L552)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 7, 1, '練馬区医師会員、連携する多職種', '専門職のネットワーク', '多職種への周知啓発', '平成31年度～', '年3回', 3, 3,
        '整形外科、内科、産婦人科、眼 科、歯科、在宅医、薬剤師が役員として構成されている。骨粗鬆症による骨脆弱性骨 折による医療費・介護費は練馬区で年間13億円程度となると試算した。年3回の講演会を通じて、医師だけでなく、薬剤師、ケアマネ、介護職員に対して骨粗鬆症予防は 骨折予防だけでなく健康寿命を延ばすことになり重要であることを啓蒙している。',
        1, 552, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 7, 1, '学術部骨粗鬆症・骨折予防ネットワーク研究会による講演会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 7, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 7, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 7, 1, 'amount', 13, 13, '億円', '年間13億円程度', 564),
  ('令和4年度', 7, 2, 'per_year', 3, 3, '回/年', '年3回', 564);

-- No.8 (L569)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 8, 2, '区内訪問看護ステーション所長', '専門職のネットワーク', '区民への質の高い訪問看護の提供', '平成10年度～', '年4回', 4, 4,
        '練馬区医師会訪問看護ステーションが事務局となり、区内約50ヶ所のステーションと連携を図る。', 1, 569, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 8, 1, '練馬区訪問看護ステーション連絡会事務局');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 8, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 8, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 8, 1, 'count', 50, 50, 'ヶ所', '約50ヶ所', 581);

-- No.9 (L584)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 9, 3, '区民', '区民への啓発',
        '介護家族、本人の口腔ケアの理解と促進（やり方等）
摂食・えん下機能支援事業の普及促進',
        '平成28年度～', '随時', NULL, NULL,
        '練馬区歯科医師会から講師を派遣し、口腔ケアの基礎と課題の解決方法の学習、意見交換、交流を行う。
平成28年度　認知症の介護家族の会「木瓜の花」例会
平成29年度　認知症カフェ',
        1, 584, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 9, 1, '練馬区歯科医師会の他団体への派遣・交流');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 9, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 9, '区民');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 9, 1, 'era_date', NULL, NULL, NULL, '平成28年度', 598),
  ('令和4年度', 9, 2, 'era_date', NULL, NULL, NULL, '平成29年度', 599);

-- No.10 (L601)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 10, 3, '専門職（医師、歯科医師、薬剤師等）', '練馬区歯科医師会における摂食・えん下障害への取り組み',
        '摂食・えん下障害に関する理解', '平成29年度～', '随時', NULL, NULL,
        '歯科医師会から講師を派遣し、練馬つつじ歯科診療所で扱った摂食・えん下障害患者の症例、摂食・えん下機能支援センター事業、摂食・えん下療法等について専門職向けに講演する。
練馬区薬剤師会(地区薬剤師研修会）、練馬総合病院（練馬在宅症例研究会）、練馬区医師会（摂食・えん下研究会）、介護サービス事業者連絡協議会（研究会）、練馬光が丘病院（看護等スタッフ向け研修）',
        1, 601, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 10, 1, '練馬区歯科医師会からの講師派遣');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 10, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 10, '専門職');

-- No.11 (L621)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 11, 3, '区民および医療・介護の多職種', '区民への周知および多職種との連携', '在宅療養者への訪問歯科診療および摂食機能療法の提供',
        '平成18年度～', '随時', NULL, NULL, '訪問歯科診療・摂食機能療法を行う歯科医院を在宅療養者へ紹介する。', 1, 621, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 11, 1, '練馬つつじ歯科診療所');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 11, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 11, '区民'), ('令和4年度', 11, '専門職');

-- No.12 (L640)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 12, 4, '区民', '区民への啓発', '健康サポート、有効な医療機関のかかり方、在宅療養時の服薬支援提案',
        '平成25年度～', '随時', NULL, NULL,
        '街かどケアカフェや敬老館、地域の敬老会、デイサービス施設等で実施。保険薬局や薬剤師の活用法、健康相談や医療機関へのかかり方、在宅療養になった際に受けられるサービス等について紹介する。',
        2, 640, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 12, 1, '知って納得！薬剤師・薬局活用法');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 12, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 12, '区民');

-- No.13 (L650)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 13, 4, '区民', '区民への啓発', 'お薬・介護相談会', '平成16年～', '年5回程度', 5, 5,
        '医薬品の適正使用、健康、セルフメディケーション、治療、介護に関する相談対応および必要に応じ受診勧奨をする。', 2, 650,
        '目的と取組が1行に印字されている（650行）。目的「お薬・介護相談会」、取組「そうだ！薬剤師に聞いてみよう」と読んだが、両方で一つの事業名（目的の記載なし）である可能性もある。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 13, 1, 'そうだ！薬剤師に聞いてみよう');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 13, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 13, '区民');

-- No.14 (L654)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 14, 4, '区民・専門職', 'サービス提供体制の充実', '在宅業務実施薬局の周知', '平成25年度～', '随時', NULL, NULL,
        '会員薬局で在宅業務を実施、受け入れ準備のある薬局をリスト化（麻薬・注射剤等の取扱い情報を含む）、HPで公開し、区民や多職種が薬局を選ぶ際に活用できるようにする。',
        2, 654, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 14, 1, '在宅業務実施薬局リスト');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 14, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 14, '区民'), ('令和4年度', 14, '専門職');

-- No.15 (L659)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 15, 4, '専門職', '服薬支援における、訪問介護等との連携', '多職種への薬剤師職能の理解と活用の促進',
        '平成29年度～', '随時', NULL, NULL,
        '多職種に薬剤師の職能を正しく理解していただき、地域や在宅療養で活用してもらうため、地域包括支援センターや関連団体の要請により講演を実施する。',
        2, 659, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 15, 1, '意外と知られていない！在宅で薬剤師ができること');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 15, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 15, '専門職');

-- No.16 (L674)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 16, 4, '専門職', 'サービス提供体制の充実', '在宅業務受け入れ先のマッチング', '平成25年度～', '随時', NULL, NULL,
        '在宅業務受け入れ薬局が見つからない、高カロリー輸液や麻薬等、医療依存度の高い事例に対する受け入れ可能な薬局とのマッチング支援を行う。',
        2, 674, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 16, 1, 'エリアコーディネート制度');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 16, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 16, '専門職');

-- No.17 (L683)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 17, 4, '病院勤務薬剤師・薬局薬剤師', '専門職のネットワークの充実', '入退院時の連携促進', '平成年31度～', '年１回', 1, 1,
        '入院中に実施されることが多い、多剤服用の解消の取組みや処方変更理由などに対して、院内外の薬剤師の共通理解を深めるための研修会を開催', 2, 683,
        NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 17, 1, '院内外の薬剤師による情報連携が患者を守る');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 17, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 17, '専門職');

-- No.18 (L699)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 18, 4, '薬局勤務薬剤師', '無菌製剤処方箋応需', '無菌製剤調製技能習得', '平成27年度～', '年１回', 1, 1,
        '在宅医療における、麻薬注射剤や、高カロリー輸液の無菌調製技能を習得し、処方依頼に対応できるようにする。', 2, 699, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 18, 1, '無菌調製技能習得研修会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 18, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 18, '専門職');

-- No.19 (L703)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 19, 4, '病院勤務薬剤師・薬局薬剤師', '専門職のネットワークの充実', '患者情報の共有、連携手段の充実',
        '令和元年度～', '年２回', 2, 2,
        '区内の基幹病院における入院時の服薬情報収集、退院カンファレンスの現状を知り、連携に活かす研修会を開催。外来受診においても、薬剤師の発信する服薬情報等提供書の活用促進に務める。',
        2, 703, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 19, 1, '薬薬連携研修会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 19, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 19, '専門職');

-- No.20 (L718)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 20, 4, '地域包括支援センター職員とその担当区域の薬局薬剤師', '地域連携の強化', '地域連携の結束強化',
        '令和2年度～', '年２回', 2, 2,
        '地域包括支援センターとその管轄地域の多職種、薬剤師とで、地域の課題を検討し、改善に向けての合同の研修会などを企画する。地域のニーズにあった支援、連携の構築を目的とする。',
        2, 718, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 20, 1, 'エリア会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 20, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 20, '専門職');

-- No.21 (L728)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 21, 5, '専門職', '専門職のネットワークの充実', '多職種の相互理解の促進', '平成25年度～', '年1回', 1, 1,
        '院内外の専門職を対象に、在宅療養に関わる様々な職種に講師を依頼し、多職種の理解につながる研修を開催する。', 2, 728, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 21, 1, '練馬在宅症例検討会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 21, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 21, '専門職');

-- No.22 (L736)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 22, 6, '区・市民', '区民への啓発',
        '地域医療機関との連携強化
地域社会への貢献
区民への健康に関する啓蒙',
        '平成17年～', '年11回', 11, 11, 'いろいろな病気を当院の専門医師がわかりやすい内容で説明し、区民の理解を深めてもらうための講演会を開催する。',
        2, 736, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 22, 1, '区民健康医学講座');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 22, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 22, '区民');

-- No.23 (L745)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 23, 6, '専門職（院内・院外医師，院内・院外看護師，訪問看護師，ケアマネ）', '地域での支え合い',
        'より良い治療やエンドオブライフケア、アドバンスケアプランを実践する医療・介護者のネットワーク強化', '平成27年～', '年4回程度', 4, 4,
        '症例検討を行い、医療・介護の多職種が意見交換、信頼関係構築につなげていく研修会を開催する。', 2, 745, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 23, 1, 'ねりまケアネットワーク');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 23, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 23, '専門職');

-- No.24 (L761)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 24, 6, '専門職（院内・院外医師，院内・院外看護師，訪問看護師，ケアマネ）', '専門職のネットワークの充実',
        '多職種の相互理解の促進', '平成24年～', '年1回', 1, 1,
        '講演形式で、それぞれの職種の業務を互いに理解を深め、スムーズな連携を進めるための講演会を開催する。', 2, 761, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 24, 1, '在宅医療連携の会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 24, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 24, '専門職');

-- No.25 (L773)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 25, 6, '専門職（院内・院外医師，院内・院外看護師，薬剤師，訪問看護師）', '専門職のネットワークの充実',
        '地域医療機関との連携強化の一環と地域社会への貢献', '平成17年～', '年6回程度', 6, 6,
        '当院が実施している医療(治療)の説明や、地域と更なる連携を図れるよう、専門的に各科の責任者が中心となり講演する勉強会を開催する。', 2, 773,
        NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 25, 1, '医療連携フォーラム');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 25, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 25, '専門職');

-- No.26 (L788)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 26, 6, '専門職（院内・院外医師，院内・院外看護師，薬剤師，訪問看護師）', '専門職のネットワークの充実',
        '顔の見える地域医療機関との連携推進', '平成29年～', '年1回', 1, 1,
        '地域と更なる連携強化を目指し、医師、看護師からの講演、他施設との情報・意見交換、各診療科の紹介等、着席形式で行う。', 2, 788, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 26, 1, '医療連携の会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 26, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 26, '専門職');

-- No.27 (L803)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 27, 6, '専門職(院内・院外医師、院内・院外看護師、薬剤師、訪問看護師）', '専門職のネットワークの充実', '基本的緩和ケアの教育',
        '平成22年～', '年1回', 1, 1,
        'がん診療連携拠点病院で行う研修。教育資格を持つ医療者で講義、ワークのファシリテートを行う。e-leaningによる事前学習,事例検討、ロールプレイ学習を行う。',
        2, 803,
        '団体名は位置から読んだ。2ページ目の最終行で、病院名は818行に印字されているため順天堂大学医学部附属練馬病院とした。緩和ケアの研修であることから、同院のがん治療センターの取組である可能性もある。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 27, 1, '緩和ケア研修会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 27, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 27, '専門職');

-- No.28 (L820)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 28, 7, '専門職（院内・院外医師，院内・院外看護師，薬剤師）', '専門職のネットワークの充実', '顔の見える地域医療機関との連携推進',
        '平成26年～', '年10回', 10, 10, '地域と更なる連携強化を目指し、医師、薬剤師を中心に意見交換等を行う。当院から医師が講演を行う。', 3, 820,
        NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 28, 1, '練馬循環器セミナー');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 28, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 28, '専門職');

-- No.29 (L840)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 29, 8, '区民（がん患者、家族）', '地域での支え合い', 'がん患者の交流会、ピアサポート　がん治療、緩和ケアの啓発',
        '平成26年～', '年4回程度', 4, 4,
        '医療者からのミニレクチャーやピアサポート、こころのケアを目的とした交流会や写真展、アロマボランティア協力によるハンドマッサージ等を行う。',
        3, 840,
        '団体名は位置から読んだ。「順天堂大学医学部附属練馬病院 がん治療センター」は3ページ目の末尾（1013〜1016行）に印字されており、No.29〜30の団体と読んだ。病院そのものの取組である可能性もある。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 29, 1, '緩和ケア交流会（患者家族ミニレクチャー＆交流会）');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 29, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 29, '区民');

-- No.30 (L853)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 30, 8, '専門職（院内・院外医師，院内・院外看護師，薬剤師、理学療法士、訪問看護師，ケアマネ）', '専門職のネットワークの充実',
        '緩和ケアの質向上と顔の見える地域医療機関との連携促進', '平成19年～', '年2回程度', 2, 2,
        '緩和医療に伴う知識や連携に関する取り組み、事例検討等を講義形式で行い、意見交換を行う。', 3, 853,
        '団体名は位置から読んだ。「順天堂大学医学部附属練馬病院 がん治療センター」は3ページ目の末尾（1013〜1016行）に印字されており、No.29〜30の団体と読んだ。病院そのものの取組である可能性もある。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 30, 1, 'Nerima  palliative care workshop');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 30, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 30, '専門職');

-- No.31 (L870)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 31, 9, '区民', '地域での支え合い', '認知症の方やその家族を支援する', '平成29年度～', '年12回（月1回）', 12, 12,
        '院内でオレンジカフェを開催し、認知症の方やその家族を支援している。', 3, 870,
        '頻度は2行に分かれて印字されている（875行「年12回」、877行「（月1回）」）が、一つの欄と読んだ。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 31, 1, 'オレンジカフェえんがわ');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 31, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 31, '区民');

-- No.32 (L883)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 32, 9, '区民', '区民への啓発', '認知症疾患の知識普及', '平成27年度～', '年1回', 1, 1,
        '集合形式もしくは動画配信により、一般区民に対して認知症疾患の知識の普及啓発を行う。', 3, 883, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 32, 1, '認知症講演会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 32, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 32, '区民');

-- No.33 (L887)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 33, 9, '専門職（ｹｱﾏﾈｼﾞｬｰ、訪問介護員、訪問看護師、理学療法士）', 'BPSDへの対応', '認知症の行動心理症状への対応を学ぶ',
        '平成29年度～', '年1回', 1, 1, '専門職向けに日常業務の中で対応に困るようなBPSDについて紹介し、対応の仕方について研修を行う。', 3, 887,
        '課題・目的・取組がそれぞれ短い行に印字されており（892行、893〜894行、896〜897行）、列の順に読んだ。「認知症の行動心理症状への対応を学ぶ」は課題の2行目である可能性もある。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 33, 1, '専門的知識獲得のための関係者向け研修');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 33, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 33, '専門職');

-- No.34 (L903)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 34, 9, '医師会医療連携センター、医療機関（慈雲堂病院・陽和病院）、行政', '専門職のネットワーク', '情報共有',
        '平成28年度～', '年4回', 4, 4,
        '認知症に係る関係機関が集まり、在宅療養を続けている認知症の方の支援について情報交換を行い、ネットワークを強固にする。', 3, 903, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 34, 1, '練馬区認知症疾患医療センター実務者連携協議会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 34, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 34, '専門職');

-- No.35 (L916)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 35, 9, '地域包括支援センター職員', '専門職のネットワーク', '初期集中支援チーム等での認知症の実態把握ツールを学ぶ',
        '平成30年度', '年1回', 1, 1, '講演会形式で、DASC-21について学び、認知症の方の実態把握を速やかに行う一助としてもらう。', 3, 916, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 35, 1, 'DASC-21の使い方を学ぶ');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 35, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 35, '専門職');

-- No.36 (L929)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 36, 10, '区民', '区民への啓発', '区民への訪問看護の周知', '平成20年度～', '年1回', 1, 1,
        '5月の看護の日の週末に、健康測定や介護相談、訪問看護の紹介等を行い訪問看護の周知を図ることを目的としたイベントを開催する。', 3, 929, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 36, 1, '看護の日のイベント');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 36, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 36, '区民');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 36, 1, 'date', NULL, NULL, NULL, '5月', 930);

-- No.37 (L933)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 37, 10, '区民', '区民への啓発',
        '区民への訪問看護の周知
潜在看護師の発掘',
        '―', '年1回', 1, 1,
        '練馬区事業者連絡協議会が開催するイベントで、訪問看護を紹介する展示を行うほか、相談・測定等他部会のブースへの協力を行う。
主催：練馬区事業者連絡協議会',
        3, 933, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 37, 1, '介護週間');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 37, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 37, '区民');

-- No.38 (L942)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 38, 10, '区民', '区民への啓発', '在宅療養者の自助力の強化', '平成26年度～', '―', NULL, NULL,
        '医療処置が必要な訪問看護利用者の発災時の自助力を高めるため、連絡会で災害時対応リーフレットを作成し、平時から発災時に備える指導を行う。また、保健所からの委託を受け「人工呼吸器利用者の災害時個別支援計画」(東京都事業)の作成を行う。',
        3, 942, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES
  ('令和4年度', 38, 1, '災害時のリーフレットの作成'),
  ('令和4年度', 38, 2, '災害時個別支援計画の作成');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 38, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 38, '区民');

-- No.39 (L953)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 39, 10, '区内訪問看護ステーション所長', '専門職のネットワーク', '区民への質の高い訪問看護の提供', '令和4年度～', '月1回', 12, 12,
        'BCP策定にあたり圏域内でのつながりの強化と、地域の活性化のため研修等を行う。', 3, 953, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 39, 1, '練馬・石神井・大泉・光が丘圏域会議');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 39, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 39, '専門職');

-- No.40 (L965)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 40, 11, '区民', '区民への啓発', '区民の介護保険に関する知識の向上', '―', '年1回', 1, 1,
        '区役所アトリウムにてパネルと写真展示11月10日～11月15日
ねりまの介護の良い話しの動画を作りYouTubeで配信
11月10日小竹図書館　11月22日大泉図書館にて介護保険ってなんだろう？の講演会を開催',
        3, 965,
        '団体名は位置から読んだ。この介護週間への協力は、練馬区訪問看護ステーション連絡会（No.37参照）とも居宅介護支援部会とも読めるが、居宅介護支援部会とした。取組の欄（969〜973行）には介護週間とその催しが並ぶため、三つの事業名として収録した（「図書館２か所」は概要ではなくこの欄に印字されている）。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES
  ('令和4年度', 40, 1, '介護週間'),
  ('令和4年度', 40, 2, '図書館２か所で講演会「介護保険って何だろう？」'),
  ('令和4年度', 40, 3, '「ねりまの介護の良い話し」動画作成アトリウムにて写真パネル展示');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 40, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 40, '区民');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 40, 1, 'date', NULL, NULL, NULL, '11月10日～11月15日', 977),
  ('令和4年度', 40, 2, 'date', NULL, NULL, NULL, '11月10日', 979),
  ('令和4年度', 40, 3, 'date', NULL, NULL, NULL, '11月22日', 979);

-- No.41 (L982)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 41, 11, '区内ケアマネジャー・区内病院MSW', '医療連携', '区民の入退院時の連携', '平成28年度～', '年1回', 1, 1,
        '区内及び近隣病院の医療相談員等と定期的に合同研修会を開催
お互い知りたい情報伝えたい情報の共有を図り、区内統一した書式の作成。練馬区地域医療課と共催にて研修会を開き周知',
        3, 982, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 41, 1, '入院時連携シート　作成・普及');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 41, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 41, '専門職');

-- No.42 (L991)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 42, 11, '居宅介護支援事業所', 'BCP', '区内事業所向けBCP作成', '令和4年～', NULL, NULL, NULL,
        '令和5年度までにBCPを作成することが義務付けられており、区内小規模事業所用のひな形を作成。医療的な連携も含まれる。', 3, 991,
        'この行には頻度の欄が印字されていない（995行は期間と関与のみ）。頻度は記載なしとした。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 42, 1, '自然災害時、感染症時等のBCP（業務継続計画）ひな形作成');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 42, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 42, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 42, 1, 'era_date', NULL, NULL, NULL, '令和5年度', 996);

-- No.43 (L999)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 43, 11, '専門職', '専門職のネットワークの充実', '専門領域による理解', NULL, '-', NULL, NULL,
        '訪問介護部会・リハビリ従事者連絡会・福祉用具部会・地域密着サービス等他部会と不定期ではあるがコラボ研修を行いお互いの利点を分かり合う。',
        3, 999,
        '取組と関与の間に「-」だけが印字されている（1003行）。概要に「不定期」とあるため頻度と読んだが、期間の欄である可能性もある。期間は記載なしとした。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 43, 1, '事連協別部会と共同で研修会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 43, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 43, '専門職');

-- No.44 (L1030)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 44, 12, '主任介護支援専門員', '介護支援専門員の質の向上', 'スーパービジョンによる介護支援専門員の人材育成', NULL, '年1回', 1, 1,
        '高齢者支援課の介護支援専門員の研修に協力
医療的に問題を抱える利用者のスーパービジョンなど',
        4, 1030, 'この行には期間の欄が印字されていない（1034行）。期間は記載なしとし、「年1回」を頻度と読んだ。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 44, 1, 'スーパービジョン研修・地域同行型研修');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 44, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 44, '専門職');

-- No.45 (L1038)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 45, 12, '主任介護支援専門員', '介護支援専門員の質の向上', 'スーパービジョンによる介護支援専門員の人材育成', NULL, '年1回', 1, 1,
        '介護保険課　ケアプラン点検のサポート養成
医療的に問題を抱える利用者のリアセスメントシートを用い振り返りケアプランを改め直す',
        4, 1038, 'この行には期間の欄が印字されていない（1042行）。期間は記載なしとし、「年1回」を頻度と読んだ。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 45, 1, '質の向上ガイドライン研修');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 45, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 45, '専門職');

-- No.46 (L1047)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 46, 12, '主任介護支援専門員', '介護支援専門員の質の向上', 'スーパービジョンによる介護支援専門員の人材育成', NULL, '年1回', 1, 1,
        '地域で困っている又、医療連携している事例を包括支援センターと協力し事例を提出し、専門職よりアドバイスを受ける', 4, 1047,
        'この行には期間の欄が印字されていない（1051行）。期間は記載なしとし、「年1回」を頻度と読んだ。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 46, 1, '地域カンファレンス');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 46, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 46, '専門職');

-- No.47 (L1055)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 47, 12, '区内ケアマネジャー・利用者',
        '区民への啓発
専門職の人材育成システム',
        '区民へケアマネジャーの仕事の内容周知', NULL, '3年に1回改訂', NULL, NULL,
        '①事業者連絡会居宅部会・練馬ケアマネジャー連絡会・練馬区研修センターと協力を得ながら、ケアマネジャーの学ぶビジョンを表す。②区民向けにケアマネジャーの成長についての表す。
①②とも医療との連携が欠かせない内容が表記されている。',
        4, 1055, 'この行には期間の欄が印字されていない。期間は記載なしとし、「3年に1回改訂」（1066〜1068行）を頻度と読んだ（年あたりの回数には換算しない）。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 47, 1, 'リーフレット作成');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 47, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 47, '区民'), ('令和4年度', 47, '専門職');

-- No.48 (L1076)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 48, 13, '医師・歯科医師・看護師・PT・OT・ST・ケアマネジャー',
        '区内の摂食嚥下支援体制やクリニカルパスをはじめとするチーム医療促進',
        '摂食嚥下に対する高い質を目指すための情報交換と討論の場と提供を目的とする', '平成30年度～', '年2回', 2, 2,
        '3～5回/年研修会を開催　令和3年度はコロナのこともあり休止', 4, 1076, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 48, 1, '研究会');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 48, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 48, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 48, 1, 'per_year', 3, 5, '回/年', '3～5回/年', 1092),
  ('令和4年度', 48, 2, 'era_date', NULL, NULL, NULL, '令和3年度', 1092);

-- No.49 (L1094)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 49, 14, '区民や専門職', '区民への啓発、専門職の顔の見える関係づくりなど',
        '認知症とともに歩む社会づくりに向けて、情報発信や学習会、講演会などを行う。',
        '―', '定例会は二ヶ月に一回
他は適宜', NULL, NULL,
        '「おたがいさまマップ」を作成し、地区祭などで配布
若年性認知症当事者の方を招き講演
RUN伴ねりまを結成しRUN伴に参加
練馬つながるフェスタにおいてブース出展し認知症や介護の情報発信
YouTubeチャンネルのおたがいさまチャンネルを製作し情報発信など
https://youtube.com/channel/UC06VAG0YPzSkwhG8Ruh1rmw',
        4, 1094, '頻度の欄（1111〜1115行）は「定例会は二ヶ月に一回」と「他は適宜」の二つに分かれるため、2行のまま収録し、年あたりの回数には換算しない。');
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES
  ('令和4年度', 49, 1, '認知症地域資源マップ「おたがいさまマップ」'),
  ('令和4年度', 49, 2, '認知症当事者講演会'),
  ('令和4年度', 49, 3, 'RUN伴ねりま'),
  ('令和4年度', 49, 4, '練馬つながるフェスタ'),
  ('令和4年度', 49, 5, 'もしバナカフェ');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 49, '主催'), ('令和4年度', 49, '共催'), ('令和4年度', 49, '協力');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 49, '区民'), ('令和4年度', 49, '専門職');

-- No.50 (L1129)
INSERT INTO activity (fiscal_year, no, organization_id, audience, issue, purpose, period, frequency,
                      times_min, times_max, summary, page, src_line, reading_note)
VALUES ('令和4年度', 50, 15, '専門職種・区民', '区民への啓発、専門職の顔の見える関係づくり・介護相談',
        '認知症の本人・家族の精神的、身体的負担の軽減につながる情報発信（講演会）・相談', '２０１４年～', '年１回', 1, 1,
        '平成２6年９月設立（２０１4年）
介護家族会の主催者、支援団体、個人が参加　本人、家族への相談、情報発信をしている',
        4, 1129, NULL);
INSERT INTO activity_program (fiscal_year, no, position, name) VALUES ('令和4年度', 50, 1, '認知症フォーラム事業・家族会支援');
INSERT INTO activity_involvement (fiscal_year, no, involvement) VALUES ('令和4年度', 50, '主催');
INSERT INTO activity_audience (fiscal_year, no, audience) VALUES ('令和4年度', 50, '区民'), ('令和4年度', 50, '専門職');
INSERT INTO activity_figure (fiscal_year, no, position, kind, value_min, value_max, unit, printed, src_line) VALUES
  ('令和4年度', 50, 1, 'era_date', NULL, NULL, NULL, '平成２6年９月', 1145),
  ('令和4年度', 50, 2, 'era_date', NULL, NULL, NULL, '２０１4年', 1145);

-- Partner activities that serve an initiative of 資料1, only where the printed words show it. Where both count the
-- same thing, `figure_code` names the result figure, and data_check compares it with the activity's 頻度.
INSERT INTO activity_initiative (fiscal_year, no, initiative_code, figure_code, basis) VALUES
  ('令和4年度', 4, '2-1-8', NULL,
   '概要「患家宅へ同行訪問」は、在宅医療同行研修の実施結果「同行訪問」と同じ形の研修です。'),
  ('令和4年度', 5, '2-2-2', 'council',
   '練馬区医師会の「在宅医療部会/在宅医療推進協議会」（540行）と、実施結果の「医師会在宅療養推進協議会：9回」（334行）。名称は「医療」と「療養」の一字が異なりますが、同じ医師会の協議会と読みました。'),
  ('令和4年度', 9, '1-2-5', NULL, '目的「摂食・えん下機能支援事業の普及促進」。'),
  ('令和4年度', 10, '1-2-5', NULL, '概要「摂食・えん下機能支援センター事業」。'),
  ('令和4年度', 11, '1-2-5', NULL, '実施結果「支援につながった利用者」に「練馬つつじ歯科診療所」とあります。'),
  ('令和4年度', 44, '2-1-5', 'training-sessions',
   '概要「高齢者支援課の介護支援専門員の研修に協力」と事業名「地域同行型研修」は、実施結果の「地域同行型研修（アドバイザー養成研修）」と同じ研修です。'),
  ('令和4年度', 46, '2-1-5', 'conference-sessions',
   '事業名「地域カンファレンス」は、実施結果の「地域カンファレンス・全体報告会」と同じ名称です。');

-- A count in a 概要 against the count of the same facilities in the 【指標】 (data_check 'activity_resource'):
-- No.8's 「区内約50ヶ所のステーション」 (L581) and the 訪看 of 在宅医療資源状況把握 (L453).
INSERT INTO activity_resource (fiscal_year, no, figure_position, resource_code, basis) VALUES
  ('令和4年度', 8, 1, 'nursing-station',
   '概要「区内約50ヶ所のステーションと連携を図る」（581行）と、指標の在宅医療資源「訪看：95か所」（453行）');

-- The report's own slips, shown beside the printed text; the text stays as printed.
INSERT INTO printed_slip (fiscal_year, position, activity_no, initiative_code, printed, note, src_line, other_src_line)
VALUES
  ('令和4年度', 1, 5, NULL, 'ITCの活用',
   '「ITC」は、資料1の取組「ICTネットワークの推進」の「ICT」のことと思われます。', 545, 275),
  ('令和4年度', 2, 5, NULL, '在宅医療部会/在宅医療推進協議会',
   '資料1の実施結果では「医師会在宅療養推進協議会」と書かれています（「医療」と「療養」）。', 540, 334),
  ('令和4年度', 3, 10, NULL, '練馬在宅症例研究会',
   '練馬総合病院の取組（別紙No.21）では「練馬在宅症例検討会」と書かれています（「研究会」と「検討会」）。', 617, 732),
  ('令和4年度', 4, 21, NULL, '練馬在宅症例検討会',
   '別紙No.10の概要では「練馬在宅症例研究会」と書かれています（「検討会」と「研究会」）。', 732, 617),
  ('令和4年度', 5, 27, NULL, 'e-leaning',
   '「e-leaning」は「e-learning」（オンライン学習）のことと思われます。', 813, NULL),
  ('令和4年度', 6, NULL, '1-2-5', '摂食・えん下推進事業',
   '成果指標では「摂食・えん下推進事業」、取組名では「摂食・えん下機能支援事業」と書かれています。', 119, 112),
  ('令和4年度', 7, NULL, '2-2-2', '医師会在宅療養推進協議会',
   '別紙No.5（練馬区医師会）では「在宅医療部会/在宅医療推進協議会」と書かれています（「療養」と「医療」）。', 334, 540),
  -- The heading counts times (回), the figure cases (件), and the outcome indicator says 支援数 for the same thing.
  ('令和4年度', 8, NULL, '2-1-3', '【実施回数】　61件',
   '見出しは「実施回数」ですが、数値は「回」ではなく「件」で書かれています。成果指標の「支援数」と同じものを数えたものと読み、件数として表示しています。', 250, NULL),
  -- The first two sessions stand as (第1回)94％, the third as （第3回96％）: the same kind of figure, bracketed otherwise.
  ('令和4年度', 9, NULL, '1-1-1', '（第3回96％）',
   '第1回・第2回は「(第1回)94％」の形ですが、第3回だけ数値までかっこに入っています。注記ではなく、第3回の割合（96％）と読んでいます。', 23, NULL);
