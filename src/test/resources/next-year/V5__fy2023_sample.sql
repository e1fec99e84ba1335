-- A FAKE next-year report for tests only: it shows that a year added as SQL, with no Java change, appears on
-- the dashboard and is compared with FY2022. None of these figures comes from any report.
INSERT INTO fiscal_year (label, title, as_of, document_label, program_name, aim, indicator_state,
                         attachment_title, attachment_updated, source_text, src_line)
VALUES ('令和5年度', '令和5年度　テスト用の架空の報告書', '令和６年３月末', '資料1', '在宅療養の推進',
        '高齢者等が安心して療養できる体制を構築する', 'テスト用', 'テスト用の別紙', '令和６年３月', 'fy2022.txt', 1);
INSERT INTO pillar (fiscal_year, code, kind, heading, title, src_line)
VALUES ('令和5年度', '1', 'pillar', '1　テスト用の柱', 'テスト用の柱', 1);
INSERT INTO area (fiscal_year, code, pillar_code, heading, title, src_line)
VALUES ('令和5年度', '1-1', '1', '（1）区民への啓発', '区民への啓発', 1);
INSERT INTO initiative (fiscal_year, code, area_code, purpose_position, name, planned_frequency, detail,
                        result_text, responsible, src_line, src_line_end, reading_note)
VALUES ('令和5年度', '1-1-1', '1-1', NULL, '在宅療養講演会の開催', '3回/年', NULL, '総参加者数：延べ人数999名（架空）',
        '地域医療課', 1, 1, NULL);
INSERT INTO figure_group (fiscal_year, initiative_code, code, position, title, unit, chart)
VALUES ('令和5年度', '1-1-1', 'total', 1, '総参加者数', '人', NULL);
INSERT INTO result_figure (fiscal_year, initiative_code, code, group_code, position, parent_code, category, series,
                           amount, unit, printed, period, headline, src_line)
VALUES ('令和5年度', '1-1-1', 'total', 'total', 1, NULL, '総参加者数', NULL, 999, '人', '延べ人数999名（架空）', NULL, TRUE, 1);
