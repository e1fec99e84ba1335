-- TEST DATA ONLY, not from any report. SecurityTest runs this over the FY2022 scripts to show that text looking
-- like markup, a spreadsheet formula or hidden characters is shown as text and never runs, in HTML, JSON and CSV.
-- U&'…\XXXX…' writes a character by its code: NUL, BEL, ESC, DEL, NEL, right-to-left override, tab, line feed.
UPDATE fiscal_year SET title = '令和4年度　<script>alert(1)</script>報告書' WHERE label = '令和4年度';
UPDATE initiative SET name = '"''><img src=x onerror=alert(1)>在宅療養講演会の開催'
 WHERE fiscal_year = '令和4年度' AND code = '1-1-1';
UPDATE figure_group SET title = '回別・参加方法別の参加者数"''><svg onload=alert(1)>'
 WHERE fiscal_year = '令和4年度' AND initiative_code = '1-1-1' AND code = 'venues';
UPDATE result_figure SET series = '</script><script>alert(1)</script>本会場'
 WHERE fiscal_year = '令和4年度' AND initiative_code = '1-1-1' AND series = '本会場';
UPDATE organization SET name = '<script>alert(1)</script>練馬区医師会' WHERE id = 1;
UPDATE activity_program SET name = '=cmd|'' /C calc''!A0' WHERE fiscal_year = '令和4年度' AND no = 1;
UPDATE activity SET audience = U&'主治医\0000\0007\001B\007F\0085と\202E者係関\0009タブ\000A改行'
 WHERE fiscal_year = '令和4年度' AND no = 1;
