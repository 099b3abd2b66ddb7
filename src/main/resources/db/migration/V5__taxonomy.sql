-- market: the catalog taxonomy as editable data: two-level categories ("Group – Subcategory") and the tag list
-- that solution cards choose from (C-02 … C-10). Names per language; English is the fallback and always present.

CREATE TABLE category_group (
    code       VARCHAR(32) PRIMARY KEY,
    sort_order INT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE category_group_name (
    group_code VARCHAR(32) NOT NULL REFERENCES category_group (code) ON DELETE CASCADE,
    language   VARCHAR(8) NOT NULL REFERENCES market_language (code),
    name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (group_code, language)
);

-- code: "<group>.<subcategory>", or just "<group>" for a group that is a category by itself (Miscellaneous, Migration).
-- miscellaneous: the catch-all of C-03. gate: the rule that restricts who may choose the category.
CREATE TABLE category (
    code          VARCHAR(65) PRIMARY KEY,
    group_code    VARCHAR(32) NOT NULL REFERENCES category_group (code),
    sort_order    INT NOT NULL,
    miscellaneous BOOLEAN NOT NULL DEFAULT FALSE,
    gate          VARCHAR(8),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_category_gate CHECK (gate IS NULL OR gate IN ('C-04', 'C-05', 'C-06', 'C-07', 'C-08'))
);
CREATE INDEX IF NOT EXISTS ix_category_group ON category (group_code, sort_order);

CREATE TABLE category_name (
    category_code VARCHAR(65) NOT NULL REFERENCES category (code) ON DELETE CASCADE,
    language      VARCHAR(8) NOT NULL REFERENCES market_language (code),
    name          VARCHAR(100) NOT NULL,
    PRIMARY KEY (category_code, language)
);

CREATE TABLE tag (
    code       VARCHAR(32) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tag_name (
    tag_code VARCHAR(32) NOT NULL REFERENCES tag (code) ON DELETE CASCADE,
    language VARCHAR(8) NOT NULL REFERENCES market_language (code),
    name     VARCHAR(60) NOT NULL,
    PRIMARY KEY (tag_code, language)
);

-- the categories the documents name (protocol.md, "Catalog categories"), plus the groups their solution kinds imply
INSERT INTO category_group (code, sort_order) VALUES
    ('integrations', 10), ('automation', 20), ('vertical_solutions', 30), ('ready_made_solutions', 40),
    ('sites', 50), ('analytics', 60), ('migration', 70), ('miscellaneous', 80);
INSERT INTO category_group_name (group_code, language, name) VALUES
    ('integrations', 'en', 'Integrations'), ('integrations', 'ru', 'Интеграции'),
    ('automation', 'en', 'Automation'), ('automation', 'ru', 'Автоматизация'),
    ('vertical_solutions', 'en', 'Vertical Solutions'), ('vertical_solutions', 'ru', 'Отраслевые решения'),
    ('ready_made_solutions', 'en', 'Ready-made Solutions'), ('ready_made_solutions', 'ru', 'Готовые решения'),
    ('sites', 'en', 'Sites'), ('sites', 'ru', 'Сайты'),
    ('analytics', 'en', 'Analytics'), ('analytics', 'ru', 'Аналитика'),
    ('migration', 'en', 'Migration'), ('migration', 'ru', 'Миграция'),
    ('miscellaneous', 'en', 'Miscellaneous'), ('miscellaneous', 'ru', 'Разное');

INSERT INTO category (code, group_code, sort_order, miscellaneous, gate) VALUES
    ('integrations.telephony', 'integrations', 10, FALSE, 'C-04'),
    ('integrations.sms', 'integrations', 20, FALSE, NULL),
    ('integrations.payments', 'integrations', 30, FALSE, NULL),
    ('integrations.email_marketing', 'integrations', 40, FALSE, NULL),
    ('integrations.messengers', 'integrations', 50, FALSE, NULL),
    ('automation.workflows', 'automation', 10, FALSE, 'C-06'),
    ('automation.automation_rules', 'automation', 20, FALSE, 'C-07'),
    ('automation.triggers', 'automation', 30, FALSE, 'C-07'),
    ('automation.chat_bots', 'automation', 40, FALSE, 'C-08'),
    ('automation.smart_scripts', 'automation', 50, FALSE, NULL),
    ('vertical_solutions.solution_presets', 'vertical_solutions', 10, FALSE, 'C-05'),
    ('ready_made_solutions.smart_scripts', 'ready_made_solutions', 10, FALSE, NULL),
    ('sites.templates', 'sites', 10, FALSE, NULL),
    ('analytics.bi_reports', 'analytics', 10, FALSE, NULL),
    ('migration', 'migration', 10, FALSE, NULL),
    ('miscellaneous', 'miscellaneous', 10, TRUE, NULL);
INSERT INTO category_name (category_code, language, name) VALUES
    ('integrations.telephony', 'en', 'Telephony'), ('integrations.telephony', 'ru', 'Телефония'),
    ('integrations.sms', 'en', 'SMS'), ('integrations.sms', 'ru', 'SMS'),
    ('integrations.payments', 'en', 'Payments'), ('integrations.payments', 'ru', 'Платёжные системы'),
    ('integrations.email_marketing', 'en', 'E-mail marketing'), ('integrations.email_marketing', 'ru', 'E-mail-маркетинг'),
    ('integrations.messengers', 'en', 'Messengers/Open Channels'), ('integrations.messengers', 'ru', 'Мессенджеры и открытые линии'),
    ('automation.workflows', 'en', 'Workflows'), ('automation.workflows', 'ru', 'Бизнес-процессы'),
    ('automation.automation_rules', 'en', 'Automation Rules'), ('automation.automation_rules', 'ru', 'Роботы'),
    ('automation.triggers', 'en', 'Triggers'), ('automation.triggers', 'ru', 'Триггеры'),
    ('automation.chat_bots', 'en', 'Chat bots'), ('automation.chat_bots', 'ru', 'Чат-боты'),
    ('automation.smart_scripts', 'en', 'Smart Scripts'), ('automation.smart_scripts', 'ru', 'Смарт-сценарии'),
    ('vertical_solutions.solution_presets', 'en', 'Solution presets'), ('vertical_solutions.solution_presets', 'ru', 'Отраслевые CRM'),
    ('ready_made_solutions.smart_scripts', 'en', 'Smart Scripts'), ('ready_made_solutions.smart_scripts', 'ru', 'Смарт-сценарии'),
    ('sites.templates', 'en', 'Templates'), ('sites.templates', 'ru', 'Шаблоны'),
    ('analytics.bi_reports', 'en', 'BI reports'), ('analytics.bi_reports', 'ru', 'BI-отчёты'),
    ('migration', 'en', 'Migration'), ('migration', 'ru', 'Миграция'),
    ('miscellaneous', 'en', 'Miscellaneous'), ('miscellaneous', 'ru', 'Разное');

INSERT INTO tag (code) VALUES
    ('crm'), ('telephony'), ('sms'), ('email'), ('payments'), ('analytics'), ('automation'), ('chat_bot'),
    ('documents'), ('tasks'), ('hr'), ('sales'), ('marketing'), ('e_commerce'), ('integration'), ('migration'),
    ('reports'), ('calendar'), ('forms'), ('ai'), ('messengers'), ('accounting');
INSERT INTO tag_name (tag_code, language, name) VALUES
    ('crm', 'en', 'CRM'), ('crm', 'ru', 'CRM'),
    ('telephony', 'en', 'Telephony'), ('telephony', 'ru', 'Телефония'),
    ('sms', 'en', 'SMS'), ('sms', 'ru', 'SMS'),
    ('email', 'en', 'E-mail'), ('email', 'ru', 'Электронная почта'),
    ('payments', 'en', 'Payments'), ('payments', 'ru', 'Платежи'),
    ('analytics', 'en', 'Analytics'), ('analytics', 'ru', 'Аналитика'),
    ('automation', 'en', 'Automation'), ('automation', 'ru', 'Автоматизация'),
    ('chat_bot', 'en', 'Chat bot'), ('chat_bot', 'ru', 'Чат-бот'),
    ('documents', 'en', 'Documents'), ('documents', 'ru', 'Документы'),
    ('tasks', 'en', 'Tasks'), ('tasks', 'ru', 'Задачи'),
    ('hr', 'en', 'HR'), ('hr', 'ru', 'Кадры'),
    ('sales', 'en', 'Sales'), ('sales', 'ru', 'Продажи'),
    ('marketing', 'en', 'Marketing'), ('marketing', 'ru', 'Маркетинг'),
    ('e_commerce', 'en', 'E-commerce'), ('e_commerce', 'ru', 'Интернет-торговля'),
    ('integration', 'en', 'Integration'), ('integration', 'ru', 'Интеграция'),
    ('migration', 'en', 'Migration'), ('migration', 'ru', 'Миграция данных'),
    ('reports', 'en', 'Reports'), ('reports', 'ru', 'Отчёты'),
    ('calendar', 'en', 'Calendar'), ('calendar', 'ru', 'Календарь'),
    ('forms', 'en', 'Forms'), ('forms', 'ru', 'Формы'),
    ('ai', 'en', 'AI'), ('ai', 'ru', 'ИИ'),
    ('messengers', 'en', 'Messengers'), ('messengers', 'ru', 'Мессенджеры'),
    ('accounting', 'en', 'Accounting'), ('accounting', 'ru', 'Бухгалтерия');
