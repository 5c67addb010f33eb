-- Records in both languages (issue 14). Most readers read Chinese, but summaries, headquarters, claims,
-- source titles and publishers and the methodology's version notes were English only. Each gets a Chinese
-- column beside it; the existing columns keep what they hold and are the English ones from now on (but for
-- Chinese sources' titles typed in Chinese, below), and no text is lost. Plain SQL that H2 (PostgreSQL mode) and PostgreSQL both read.
-- The methodology's lens and rule texts are not data: they are the bundles' messages, already in both.

ALTER TABLE company ADD COLUMN headquarters_zh VARCHAR(120);
ALTER TABLE company ADD COLUMN summary_zh VARCHAR(2000);
ALTER TABLE company_aud ADD COLUMN headquarters_zh VARCHAR(120);
ALTER TABLE company_aud ADD COLUMN summary_zh VARCHAR(2000);

ALTER TABLE product ADD COLUMN summary_zh VARCHAR(2000);
ALTER TABLE product_aud ADD COLUMN summary_zh VARCHAR(2000);

-- A claim was required in English. It is required in one language now, either: an editor who reads a
-- Chinese source may state it in Chinese only.
ALTER TABLE fact ADD COLUMN claim_zh VARCHAR(2000);
ALTER TABLE fact ALTER COLUMN claim DROP NOT NULL;
ALTER TABLE fact DROP CONSTRAINT fact_claim_not_blank;
ALTER TABLE fact ADD CONSTRAINT fact_claim_in_a_language CHECK (
    (claim IS NOT NULL AND TRIM(claim) <> '') OR (claim_zh IS NOT NULL AND TRIM(claim_zh) <> ''));
ALTER TABLE fact_aud ADD COLUMN claim_zh VARCHAR(2000);

-- The same for a source's title; its publisher stays optional in both.
ALTER TABLE source ADD COLUMN title_zh VARCHAR(300);
ALTER TABLE source ADD COLUMN publisher_zh VARCHAR(200);
ALTER TABLE source ALTER COLUMN title DROP NOT NULL;
ALTER TABLE source DROP CONSTRAINT source_title_not_blank;
-- The one exception to "existing texts are the English ones": an editor who said a source is in Chinese
-- and typed its title or publisher in Chinese characters typed the Chinese one. Moved, in the history too,
-- so that pages mark it as Chinese, not as English.
UPDATE source SET title_zh = title, title = NULL WHERE language = 'ZH' AND REGEXP_LIKE(title, '[一-鿿]');
UPDATE source SET publisher_zh = publisher, publisher = NULL
WHERE language = 'ZH' AND REGEXP_LIKE(publisher, '[一-鿿]');
ALTER TABLE source ADD CONSTRAINT source_title_in_a_language CHECK (
    (title IS NOT NULL AND TRIM(title) <> '') OR (title_zh IS NOT NULL AND TRIM(title_zh) <> ''));
CREATE INDEX source_title_zh_idx ON source (title_zh);
ALTER TABLE source_aud ADD COLUMN title_zh VARCHAR(300);
ALTER TABLE source_aud ADD COLUMN publisher_zh VARCHAR(200);
UPDATE source_aud SET title_zh = title, title = NULL WHERE language = 'ZH' AND REGEXP_LIKE(title, '[一-鿿]');
UPDATE source_aud SET publisher_zh = publisher, publisher = NULL
WHERE language = 'ZH' AND REGEXP_LIKE(publisher, '[一-鿿]');

-- A version's note stays required in English (every published version has one); the Chinese is optional.
ALTER TABLE methodology_version ADD COLUMN note_zh VARCHAR(2000);
-- The two versions that came with the application (V2, V8) get their Chinese here.
UPDATE methodology_version SET note_zh = '第 1 版：采用设计文档中的五个商业化维度，模型能力单独计算；事实的时效为一年；'
    || '同一公司内旗舰、主要、次要产品的权重为 3/2/1。' WHERE id = 1;
UPDATE methodology_version SET note_zh = '证据先于数字：产品至少要有一条时效内、有来源且计入商业化指标的事实才能评分，'
    || '公司至少要有一款这样的产品；得分向中性的 50 分收拢，先验的权重为方法论的十分之一（贝叶斯平均）；'
    || '编辑未注明来源的特征按半条事实计；每个得分都附有在未知因素下可能的区间。' WHERE id = 2;
