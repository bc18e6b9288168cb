<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddYearDialog</name>
    <message>
        <source>Add a reporting year</source>
        <translation>Добавить отчетный год</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Отчетный год:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Rule 9: the answers are due one month after the request unless it sets another deadline.</source>
        <translation>Пункт 9 Правил: сведения предоставляются в месячный срок, если иной срок не установлен запросом.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочую папку</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>KZTH Desktop — coordinator — %1</source>
        <translation>KZTH Desktop — координатор — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новая рабочая папка…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую папку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>The &amp;Rules (order No. 849 / No. 410)</source>
        <translation>&amp;Правила (приказ № 849 / № 410)</translation>
    </message>
    <message>
        <source>Coordinator workspace. The questionnaire expects these subjects:</source>
        <translation>Рабочая папка координатора. На опросник отвечают следующие субъекты:</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Вид субъекта</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Выберите папку для рабочих данных.</translation>
    </message>
    <message>
        <source>The folder cannot be used: %1</source>
        <translation>Эту папку нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>Папка для рабочих данных</translation>
    </message>
    <message>
        <source>KZTH Desktop — first start</source>
        <translation>KZTH Desktop — первый запуск</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>You can switch the language at any moment later (menu Language).</source>
        <translation>Язык можно переключить в любой момент (меню «Язык»).</translation>
    </message>
    <message>
        <source>Who works in this workspace?</source>
        <translation>Кто работает в этой рабочей папке?</translation>
    </message>
    <message>
        <source>A workspace is made for one role; the choice cannot be changed later.</source>
        <translation>Рабочая папка создается для одной роли; потом ее изменить нельзя.</translation>
    </message>
    <message>
        <source>Respondent — a subject that answers the questionnaire (akimat, police, NGO…)</source>
        <translation>Респондент — субъект, отвечающий на опросник (акимат, полиция, НПО…)</translation>
    </message>
    <message>
        <source>Fills the questionnaire once a year, prints it for the head&apos;s signature and sends a signed, encrypted file to the coordinator.</source>
        <translation>Раз в год заполняет опросник, печатает его на подпись руководителю и отправляет координатору подписанный зашифрованный файл.</translation>
    </message>
    <message>
        <source>Coordinator — the working body of the expert group</source>
        <translation>Координатор — рабочий орган экспертной группы</translation>
    </message>
    <message>
        <source>Issues the yearly data request, imports and checks the answers, and prepares the risk assessment.</source>
        <translation>Направляет ежегодный запрос, принимает и проверяет ответы и готовит оценку рисков.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>The kinds of your organisation decide which blocks of the questionnaire you answer.</source>
        <translation>Вид вашей организации определяет, на какие блоки опросника вы отвечаете.</translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation>Наименование на казахском:</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Наименование на русском:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Kinds of organisation:</source>
        <translation>Виды организации:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Где хранить рабочую папку</translation>
    </message>
    <message>
        <source>The answers are saved in this folder as you type. Keep it on this computer and back it up.</source>
        <translation>Ответы сохраняются в этой папке по мере ввода. Храните ее на этом компьютере и делайте резервные копии.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Block %1. </source>
        <translation>Блок %1. </translation>
    </message>
    <message>
        <source>Question %1. </source>
        <translation>Вопрос %1. </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Изменение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Все изменения сохранены (%1)</translation>
    </message>
    <message>
        <source>Nothing is missing: every field is answered or marked “no data”.</source>
        <translation>Все заполнено: на каждое поле дан ответ или отмечено «нет данных».</translation>
    </message>
    <message>
        <source>%1 problem(s). Click one to go to its field; F8 goes to the next.</source>
        <translation>Замечаний: %1. Щелкните, чтобы перейти к полю; F8 — к следующему.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>выгружено</translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation>, версия %1</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · срок %1</translation>
    </message>
    <message>
        <source>filled %1%</source>
        <translation>заполнено: %1%</translation>
    </message>
    <message>
        <source>First answer every field or mark it “no data” with a reason.</source>
        <translation>Сначала ответьте на каждое поле или отметьте «нет данных» с указанием причины.</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Отчетный год</translation>
    </message>
    <message>
        <source>Mark as ready</source>
        <translation>Отметить как готовое</translation>
    </message>
    <message>
        <source>The submission is ready to be exported.</source>
        <translation>Ответы готовы к выгрузке.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>About KZTH Desktop</source>
        <translation>О программе KZTH Desktop</translation>
    </message>
    <message>
        <source>Questionnaire version: %1</source>
        <translation>Версия опросника: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая папка: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>There is no reporting year in this workspace yet. Add the year the coordinator&apos;s request names (or the year you report on) to start filling the questionnaire.</source>
        <translation>В этой рабочей папке еще нет отчетного года. Чтобы начать заполнять опросник, добавьте год, указанный в запросе координатора (или год, за который вы отчитываетесь).</translation>
    </message>
    <message>
        <source>Add reporting year…</source>
        <translation>Добавить отчетный год…</translation>
    </message>
    <message>
        <source>KZTH Desktop — %1</source>
        <translation>KZTH Desktop — %1</translation>
    </message>
    <message>
        <source>KZTH Desktop</source>
        <translation>KZTH Desktop</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Отчетный год:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Опросник</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие папки</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Ответы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новая рабочая папка…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую папку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Add reporting year…</source>
        <translation>&amp;Добавить отчетный год…</translation>
    </message>
    <message>
        <source>&amp;Check the answers</source>
        <translation>&amp;Проверить ответы</translation>
    </message>
    <message>
        <source>Mark as &amp;ready</source>
        <translation>Отметить как &amp;готовое</translation>
    </message>
    <message>
        <source>&amp;Reopen for editing</source>
        <translation>&amp;Открыть для изменения</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>К следующему &amp;замечанию</translation>
    </message>
    <message>
        <source>The &amp;Rules (order No. 849 / No. 410)</source>
        <translation>&amp;Правила (приказ № 849 / № 410)</translation>
    </message>
    <message>
        <source>&amp;About KZTH Desktop</source>
        <translation>&amp;О программе KZTH Desktop</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>The Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
</context>
<context>
    <name>formgen</name>
    <message>
        <source>Block {n}</source>
        <translation>Блок {n}</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Вопрос {n}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Опишите…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>No data (Alt+N): state why the data is absent or cannot be given</source>
        <translation>Нет данных (Alt+N): укажите, почему данные отсутствуют или не могут быть представлены</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <source>tenge</source>
        <translation>тенге</translation>
    </message>
    <message>
        <source>Set the period</source>
        <translation>Указать период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>New entry, then Enter</source>
        <translation>Новая строка, затем Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Число лиц</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>None (0 persons)</source>
        <translation>Нет (0 человек)</translation>
    </message>
    <message>
        <source>One row per group of persons with the same attributes; no names.</source>
        <translation>Одна строка на группу лиц с одинаковыми признаками; без имён.</translation>
    </message>
</context>
</TS>
