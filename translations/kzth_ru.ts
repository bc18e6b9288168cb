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
    <name>AnalysisTab</name>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>risk area</source>
        <translation>область риска</translation>
    </message>
    <message>
        <source>measures to minimise the risk</source>
        <translation>меры по минимизации рисков</translation>
    </message>
    <message>
        <source>Risk profile: %1 — %2</source>
        <translation>Профиль риска: %1 — %2</translation>
    </message>
    <message>
        <source>Sources cited (rules 10, 15)</source>
        <translation>Использованные источники (пункты 10, 15)</translation>
    </message>
    <message>
        <source>Population (for rates per 100,000)</source>
        <translation>Численность населения (для показателей на 100 000)</translation>
    </message>
    <message>
        <source>Preparing the evidence…</source>
        <translation>Подготовка данных…</translation>
    </message>
    <message>
        <source>The expert group&apos;s own text: no table of evidence belongs to this part.</source>
        <translation>Собственный текст экспертной группы: к этой части таблица данных не относится.</translation>
    </message>
    <message>
        <source>Answered “yes”</source>
        <translation>Ответили «да»</translation>
    </message>
    <message>
        <source>per 100,000 population a year</source>
        <translation>на 100 000 населения в год</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>The text is saved.</source>
        <translation>Текст сохранен.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Author or organisation</source>
        <translation>Автор или организация</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Reference or address</source>
        <translation>Ссылка или адрес</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Использованные источники</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Численность населения</translation>
    </message>
    <message>
        <source>A population is a whole number.</source>
        <translation>Численность населения — целое число.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Данные для анализа</translation>
    </message>
    <message>
        <source>The expert group&apos;s text (saved as you type):</source>
        <translation>Текст экспертной группы (сохраняется по мере ввода):</translation>
    </message>
    <message>
        <source>The expert group&apos;s text</source>
        <translation>Текст экспертной группы</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Author or organisation:</source>
        <translation>Автор или организация:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Reference or address:</source>
        <translation>Ссылка или адрес:</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Удалить выбранный источник</translation>
    </message>
    <message>
        <source>Population of each region (the denominator of the rates per 100,000). Type the figures of the statistics committee; a blank cell has no rate.</source>
        <translation>Численность населения каждого региона (знаменатель показателей на 100 000). Введите данные комитета по статистике; для пустой ячейки показатель не считается.</translation>
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
    <name>BlockNavigation</name>
    <message>
        <source>Block %1. </source>
        <translation>Блок %1. </translation>
    </message>
    <message>
        <source>Question %1. </source>
        <translation>Вопрос %1. </translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>No reporting year yet.</source>
        <translation>Отчетного года пока нет.</translation>
    </message>
    <message>
        <source>Reporting rate</source>
        <translation>Доля отчитавшихся</translation>
    </message>
    <message>
        <source>Reporting rate by kind</source>
        <translation>Доля отчитавшихся по видам</translation>
    </message>
    <message>
        <source>Reporting rate, national</source>
        <translation>Доля отчитавшихся, по республике</translation>
    </message>
    <message>
        <source>not expected, but received</source>
        <translation>не ожидался, но получен</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Reporting rate, national: %1</source>
        <translation>Доля отчитавшихся по республике: %1</translation>
    </message>
    <message>
        <source>file in quarantine: %1</source>
        <translation>файл в карантине: %1</translation>
    </message>
    <message>
        <source>file refused: %1</source>
        <translation>файл не принят: %1</translation>
    </message>
    <message>
        <source>(no office registered)</source>
        <translation>(организация не зарегистрирована)</translation>
    </message>
    <message>
        <source>(on paper)</source>
        <translation>(на бумажном бланке)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Late and missing offices (%1)</source>
        <translation>Опоздавшие и не приславшие (%1)</translation>
    </message>
    <message>
        <source>%1 day(s) overdue</source>
        <translation>просрочено дней: %1</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>контакт: %1</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>контактных данных нет</translation>
    </message>
    <message>
        <source>Nobody is missing.</source>
        <translation>Все прислали ответы.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Late offices and reminders</source>
        <translation>Опоздавшие организации и напоминания</translation>
    </message>
    <message>
        <source>Late and missing offices</source>
        <translation>Опоздавшие и не приславшие</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Not yet received (reminder list):</source>
        <translation>Еще не получено (список для напоминания):</translation>
    </message>
    <message>
        <source>Not yet received (reminder list)</source>
        <translation>Еще не получено (список для напоминания)</translation>
    </message>
</context>
<context>
    <name>CoordinatorMail</name>
    <message>
        <source>returned for correction</source>
        <translation>возвращено на доработку</translation>
    </message>
    <message>
        <source>A file from the coordinator</source>
        <translation>Файл от координатора</translation>
    </message>
    <message>
        <source>The coordinator&apos;s files (%1);;All files (*)</source>
        <translation>Файлы координатора (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Accept the new coordinator only after comparing the fingerprint with them by phone. Accept it?</source>
        <translation>Принимайте нового координатора, только сверив с ним отпечаток по телефону. Принять?</translation>
    </message>
    <message>
        <source>Request for %1 imported; the answers are due by %2.</source>
        <translation>Запрос за %1 год импортирован; ответы нужно представить до %2.</translation>
    </message>
    <message>
        <source>This return was received before; nothing changed.</source>
        <translation>Этот возврат уже был получен; ничего не изменилось.</translation>
    </message>
    <message>
        <source>The coordinator returned the answers for %1 for correction with %2 note(s): they are listed in the Problems panel on their fields. Correct the fields or answer the notes, then export version %3.</source>
        <translation>Координатор вернул ответы за %1 год на доработку с замечаниями (%2): они показаны в панели «Проблемы» у своих полей. Исправьте поля или ответьте на замечания, затем выгрузите версию %3.</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <source>Results of the assessment for %1–%2 received.</source>
        <translation>Получены результаты оценки за %1–%2 годы.</translation>
    </message>
    <message>
        <source>Answer the coordinator&apos;s note…</source>
        <translation>Ответить на замечание координатора…</translation>
    </message>
    <message>
        <source>Answer the coordinator&apos;s note</source>
        <translation>Ответ на замечание координатора</translation>
    </message>
    <message>
        <source>%1

The coordinator&apos;s note: %2

Your comment (it is sent with the next version of the answers):</source>
        <translation>%1

Замечание координатора: %2

Ваш комментарий (он будет отправлен со следующей версией ответов):</translation>
    </message>
    <message>
        <source>Comment saved; it is sent with the next version.</source>
        <translation>Комментарий сохранён; он будет отправлен со следующей версией.</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Пустой опросник</translation>
    </message>
    <message>
        <source>For which kind of subject?</source>
        <translation>Для какого вида субъекта?</translation>
    </message>
    <message>
        <source>Both (Kazakh, then Russian)</source>
        <translation>На обоих языках (сначала казахский, затем русский)</translation>
    </message>
    <message>
        <source>About KZTH Desktop</source>
        <translation>О программе KZTH Desktop</translation>
    </message>
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
        <source>KZTH Desktop — coordinator</source>
        <translation>KZTH Desktop — координатор</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Отчетный год:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Отчетный год</translation>
    </message>
    <message>
        <source>Coordinator&apos;s tabs</source>
        <translation>Вкладки координатора</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Бумажные бланки</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Отправители</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие папки</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импорт пакетов…</translation>
    </message>
    <message>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>Печать &amp;пустого опросника…</translation>
    </message>
    <message>
        <source>Save a blank questionnaire as PDF…</source>
        <translation>Сохранить пустой опросник в PDF…</translation>
    </message>
    <message>
        <source>Change the key &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу ключа…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>The folder of the program&apos;s log files, to attach to a support request</source>
        <translation>Папка файлов журнала программы: чтобы приложить их к обращению в поддержку</translation>
    </message>
    <message>
        <source>&amp;About KZTH Desktop</source>
        <translation>&amp;О программе KZTH Desktop</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>(all)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>действующая</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>замененная</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвана</translation>
    </message>
    <message>
        <source>suspect: its key was revoked</source>
        <translation>сомнительная: ключ отозван</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отзыв ответов</translation>
    </message>
    <message>
        <source>Choose a current submission in the table first.</source>
        <translation>Сначала выберите в таблице текущие ответы.</translation>
    </message>
    <message>
        <source>The submission will no longer count in aggregates, completeness and reports; the version before it, if any, becomes current again. Reason:</source>
        <translation>Эти ответы больше не будут учитываться в сводах, полноте и отчётах; предыдущая версия, если она есть, снова станет текущей. Причина:</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <source>This submission was entered from a paper form: there is no office program to open a return. Call the office to check the paper; if a value must change, withdraw this version and key the corrected form in the Paper forms tab.</source>
        <translation>Эти ответы введены с бумажного бланка: программы организации, которая открыла бы возврат, нет. Позвоните в организацию, чтобы сверить бланк; если значение нужно изменить, отзовите эту версию и введите исправленный бланк на вкладке «Бумажные бланки».</translation>
    </message>
    <message>
        <source>%1, %2, version %3. Tick the fields the office is to check and write a note for each; the quality findings of this submission are ticked.</source>
        <translation>%1, %2 год, версия %3. Отметьте поля, которые организация должна проверить, и напишите замечание к каждому; замечания по качеству этих сведений уже отмечены.</translation>
    </message>
    <message>
        <source>The return is signed with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Возврат подписывается ключом координатора; парольная фраза открывает его.</translation>
    </message>
    <message>
        <source>Saved: %1

Send this file to the office (USB stick or e-mail); it opens it with “Open a file from the coordinator”.</source>
        <translation>Сохранено: %1

Отправьте этот файл организации (USB-накопитель или электронная почта); она откроет его командой «Открыть файл от координатора».</translation>
    </message>
    <message>
        <source>Save the return for the office</source>
        <translation>Сохранить возврат для организации</translation>
    </message>
    <message>
        <source>Return for correction (*.kzret)</source>
        <translation>Возврат на доработку (*.kzret)</translation>
    </message>
    <message>
        <source>The submission is marked returned, but the file was not saved. Return it again to save a new file.</source>
        <translation>Сведения отмечены как возвращённые, но файл не сохранён. Верните их ещё раз, чтобы сохранить новый файл.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Choose a submission in the table first.</source>
        <translation>Сначала выберите ответы в таблице.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>No submissions have been imported yet.</source>
        <translation>Ответы еще не импортированы.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Print the submission…</source>
        <translation>Печать ответов…</translation>
    </message>
    <message>
        <source>Save it as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Return for correction…</source>
        <translation>Вернуть на доработку…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Книга Excel…</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Представленные сведения</translation>
    </message>
    <message>
        <source>Answers of the selected submission</source>
        <translation>Ответы выбранных сведений</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. What you typed and saved is kept in the workspace. Copy the details and send them to the people who support the program; you can go on working or restart it.</source>
        <translation>Произошла ошибка, которой программа не ожидала. Всё, что вы ввели и сохранили, остаётся в рабочей папке. Скопируйте подробности и отправьте их тем, кто сопровождает программу; можно продолжать работу или перезапустить программу.</translation>
    </message>
    <message>
        <source>The details are also written to the program&apos;s log, in this folder:</source>
        <translation>Подробности записаны и в журнал программы, в этой папке:</translation>
    </message>
    <message>
        <source>The program&apos;s log could not be written: copy the details. Its folder would be:</source>
        <translation>Журнал программы записать не удалось: скопируйте подробности. Его папка:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>The coordinator&apos;s request</source>
        <translation>Запрос координатора</translation>
    </message>
    <message>
        <source>Data request (*.kzreq);;All files (*)</source>
        <translation>Запрос (*.kzreq);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Accept the new coordinator only after comparing the fingerprint with them by phone. Accept it?</source>
        <translation>Принимайте нового координатора только после сверки отпечатка с ним по телефону. Принять?</translation>
    </message>
    <message>
        <source>Request for %1 imported; the answers are due by %2.</source>
        <translation>Запрос за %1 год импортирован; ответы нужно представить до %2.</translation>
    </message>
    <message>
        <source>The registration file carries your public key; the passphrase unlocks it.</source>
        <translation>Файл регистрации содержит ваш открытый ключ; его открывает парольная фраза.</translation>
    </message>
    <message>
        <source>Save the registration file</source>
        <translation>Сохранить файл регистрации</translation>
    </message>
    <message>
        <source>Registration (*.kzkey)</source>
        <translation>Регистрация (*.kzkey)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Saved: %1

Send it to the coordinator, then read them this fingerprint over the phone so that they can confirm it:

%2</source>
        <translation>Сохранено: %1

Отправьте его координатору, затем прочитайте ему по телефону этот отпечаток, чтобы он мог его подтвердить:

%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>The answers cannot leave the workspace yet: %1 problem(s) are listed in the Problems panel.</source>
        <translation>Ответы пока нельзя выгрузить: на панели «Замечания» указано замечаний: %1.</translation>
    </message>
    <message>
        <source>The answers are signed with your key; the passphrase unlocks it.</source>
        <translation>Ответы подписываются вашим ключом; его открывает парольная фраза.</translation>
    </message>
    <message>
        <source>Folder for the file to send (e.g. a USB stick)</source>
        <translation>Папка для отправляемого файла (например, USB-накопитель)</translation>
    </message>
    <message>
        <source>Signing and encrypting the answers…</source>
        <translation>Подпись и шифрование ответов…</translation>
    </message>
    <message>
        <source>Exported version %1: %2</source>
        <translation>Выгружена версия %1: %2</translation>
    </message>
    <message>
        <source>Saved version %1 of the answers for %2:
%3

Send this file to the coordinator (USB stick or e-mail). Only the coordinator can open it.</source>
        <translation>Сохранена версия %1 ответов за %2 год:
%3

Отправьте этот файл координатору (USB-накопитель или электронная почта). Открыть его может только координатор.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Замена ключа</translation>
    </message>
    <message>
        <source>New keys replace the old ones: files already sent stay valid, but the coordinator must register this workspace again before accepting new ones. Go on?</source>
        <translation>Новые ключи заменят прежние: уже отправленные файлы остаются действительными, но координатор должен заново зарегистрировать эту рабочую папку, прежде чем принимать новые. Продолжить?</translation>
    </message>
    <message>
        <source>A passphrase for the new keys:</source>
        <translation>Парольная фраза для новых ключей:</translation>
    </message>
    <message>
        <source>New key made. Save the registration file (menu Exchange) and send it to the coordinator; its fingerprint:

%1</source>
        <translation>Новый ключ создан. Сохраните файл регистрации (меню «Обмен») и отправьте его координатору; его отпечаток:

%1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Выберите папку для рабочих данных.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The folder cannot be used: %1</source>
        <translation>Эту папку нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Creating the workspace and its keys…</source>
        <translation>Создание рабочей области и её ключей…</translation>
    </message>
    <message>
        <source>the organisation&apos;s name in Kazakh</source>
        <translation>название организации на казахском языке</translation>
    </message>
    <message>
        <source>the organisation&apos;s name in Russian</source>
        <translation>название организации на русском языке</translation>
    </message>
    <message>
        <source>the region (choose it in the list)</source>
        <translation>регион (выберите его в списке)</translation>
    </message>
    <message>
        <source>the kind of organisation (tick at least one)</source>
        <translation>вид организации (отметьте хотя бы один)</translation>
    </message>
    <message>
        <source>To go on, please fill in or correct:</source>
        <translation>Чтобы продолжить, заполните или исправьте:</translation>
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
        <source>Coordinator — the authorised state body that coordinates the expert group</source>
        <translation>Координатор — уполномоченный государственный орган, координирующий работу экспертной группы</translation>
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
    <message>
        <source>The files you send are signed with a key kept in this folder, protected by a passphrase: at least 12 characters, not a common password — several words of your own. Write it down and keep it safe: it cannot be recovered.</source>
        <translation>Отправляемые файлы подписываются ключом, который хранится в этой папке и защищен парольной фразой: не менее 12 символов, не из самых частых — несколько придуманных вами слов. Запишите ее и храните надежно: восстановить ее нельзя.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите ее:</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>Bundles (*.kzth);;All files (*)</source>
        <translation>Пакеты (*.kzth);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>Импорт папки с пакетами</translation>
    </message>
    <message>
        <source>The bundles are opened with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Пакеты открываются ключом координатора; его открывает парольная фраза.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <source>Reading the submissions again…</source>
        <translation>Повторное чтение отчётов…</translation>
    </message>
    <message>
        <source>cancelled: the files not yet read were left</source>
        <translation>прервано: еще не прочитанные файлы оставлены</translation>
    </message>
    <message>
        <source>Files received so far: %1. Every file is kept unchanged in the workspace.</source>
        <translation>Получено файлов: %1. Каждый файл хранится в рабочей папке без изменений.</translation>
    </message>
    <message>
        <source>Keys waiting for a phone check: %1 — their files are imported once the key is approved in Signers.</source>
        <translation>Ключей ждут сверки по телефону: %1 — их файлы будут импортированы, когда ключ подтвердят на вкладке «Отправители».</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Select a file to see its whole reason and what to do about it.</source>
        <translation>Выберите файл, чтобы увидеть причину целиком и что с ней делать.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Код причины: %1</translation>
    </message>
    <message>
        <source>accepted, replaces an older version</source>
        <translation>принят, заменяет прежнюю версию</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>waiting: unknown signer</source>
        <translation>ожидает: неизвестный отправитель</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонен</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <source>…or drop .kzth files or folders on this window.</source>
        <translation>…или перетащите файлы .kzth или папки в это окно.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>The selected file&apos;s reason</source>
        <translation>Причина выбранного файла</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Editing…</source>
        <translation>Изменение…</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Все изменения сохранены (%1)</translation>
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
        <source> · exported %1</source>
        <translation> · выгружено %1</translation>
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
        <source>There is no reporting year in this workspace yet. Import the coordinator&apos;s request (a .kzreq file): it sets the year and the deadline. Without a request you can add the year you report on by hand and fill the questionnaire already.</source>
        <translation>В этой рабочей папке еще нет отчетного года. Импортируйте запрос координатора (файл .kzreq): он задает год и срок. Можно и без запроса добавить отчетный год вручную и уже заполнять опросник.</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s request…</source>
        <translation>Импортировать запрос координатора…</translation>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Blocks and questions</source>
        <translation>Блоки и вопросы</translation>
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
        <source>Questionnaire form</source>
        <translation>Форма опросника</translation>
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
        <source>&amp;Exchange</source>
        <translation>&amp;Обмен</translation>
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
        <source>Answer the coordinator&apos;s note…</source>
        <translation>Ответить на замечание координатора…</translation>
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
        <source>&amp;Print this submission…</source>
        <translation>&amp;Печать ответов…</translation>
    </message>
    <message>
        <source>Save this submission as P&amp;DF…</source>
        <translation>Сохранить ответы в P&amp;DF…</translation>
    </message>
    <message>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>Печать &amp;пустого опросника…</translation>
    </message>
    <message>
        <source>Save a blank questionnaire as PDF…</source>
        <translation>Сохранить пустой опросник в PDF…</translation>
    </message>
    <message>
        <source>Open a &amp;file from the coordinator…</source>
        <translation>Открыть &amp;файл от координатора…</translation>
    </message>
    <message>
        <source>Results of the &amp;assessment…</source>
        <translation>Результаты &amp;оценки…</translation>
    </message>
    <message>
        <source>&amp;Import the coordinator&apos;s request (.kzreq)…</source>
        <translation>&amp;Импорт запроса координатора (.kzreq)…</translation>
    </message>
    <message>
        <source>Save the &amp;registration file (.kzkey)…</source>
        <translation>Сохранить файл &amp;регистрации (.kzkey)…</translation>
    </message>
    <message>
        <source>&amp;Export the answers for the coordinator (.kzth)…</source>
        <translation>&amp;Выгрузить ответы для координатора (.kzth)…</translation>
    </message>
    <message>
        <source>Change the key &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу ключа…</translation>
    </message>
    <message>
        <source>Replace a lost key or forgotten passphrase…</source>
        <translation>Заменить утерянный ключ или забытую парольную фразу…</translation>
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
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>The folder of the program&apos;s log files, to attach to a support request</source>
        <translation>Папка файлов журнала программы: чтобы приложить их к обращению в поддержку</translation>
    </message>
    <message>
        <source>&amp;About KZTH Desktop</source>
        <translation>&amp;О программе KZTH Desktop</translation>
    </message>
</context>
<context>
    <name>PaperCopies</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Подготовка копии…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Register an office that answers on paper, then key its form.</source>
        <translation>Зарегистрируйте организацию, отвечающую на бумажном бланке, затем введите её бланк.</translation>
    </message>
    <message>
        <source>Not keyed yet: the first operator keys the form.</source>
        <translation>Ещё не введено: бланк вводит первый оператор.</translation>
    </message>
    <message>
        <source>single keying</source>
        <translation>однократный ввод</translation>
    </message>
    <message>
        <source>double keying</source>
        <translation>двойной ввод</translation>
    </message>
    <message>
        <source>Verified: a submission, entered from paper (%1; operators: %2).</source>
        <translation>Сверено: ответ, введено с бумажного бланка (%1; операторы: %2).</translation>
    </message>
    <message>
        <source>Keyed once by %1: another operator keys the same form again.</source>
        <translation>Введено один раз (%1): тот же бланк вводит другой оператор.</translation>
    </message>
    <message>
        <source>Keyed, to verify: %1 difference(s) left to resolve against the paper.</source>
        <translation>Введено, требует сверки: осталось разрешить по бумаге расхождений: %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Keying 1 (%1)</source>
        <translation>Ввод 1 (%1)</translation>
    </message>
    <message>
        <source>Keying 2 (%1)</source>
        <translation>Ввод 2 (%1)</translation>
    </message>
    <message>
        <source>Read on the paper</source>
        <translation>По бумаге</translation>
    </message>
    <message>
        <source>A new office on paper</source>
        <translation>Новая организация на бумажном бланке</translation>
    </message>
    <message>
        <source>Save this keying</source>
        <translation>Сохранить этот ввод</translation>
    </message>
    <message>
        <source>Keying %1 saved.</source>
        <translation>Ввод %1 сохранён.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Office on paper</source>
        <translation>Организация на бумажном бланке</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Reporting year of the form</source>
        <translation>Отчетный год бланка</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>О&amp;ператор:</translation>
    </message>
    <message>
        <source>Operator keying the form</source>
        <translation>Оператор, вводящий бланк</translation>
    </message>
    <message>
        <source>Single keying (the ministry&apos;s decision)</source>
        <translation>Однократный ввод (решение министерства)</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Вид субъекта</translation>
    </message>
    <message>
        <source>Register the office</source>
        <translation>Зарегистрировать организацию</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>State of the form</source>
        <translation>Состояние бланка</translation>
    </message>
    <message>
        <source>The paper form</source>
        <translation>Бумажный бланк</translation>
    </message>
    <message>
        <source>&amp;Save this keying</source>
        <translation>&amp;Сохранить этот ввод</translation>
    </message>
    <message>
        <source>&amp;Differences between the two keyings, side by side:</source>
        <translation>&amp;Расхождения двух вводов, рядом:</translation>
    </message>
    <message>
        <source>Differences between the two keyings</source>
        <translation>Расхождения двух вводов</translation>
    </message>
    <message>
        <source>The first keying is right</source>
        <translation>Верен первый ввод</translation>
    </message>
    <message>
        <source>&amp;1 The first keying is right</source>
        <translation>&amp;1 Верен первый ввод</translation>
    </message>
    <message>
        <source>The second keying is right</source>
        <translation>Верен второй ввод</translation>
    </message>
    <message>
        <source>&amp;2 The second keying is right</source>
        <translation>&amp;2 Верен второй ввод</translation>
    </message>
    <message>
        <source>&amp;Value read on the paper:</source>
        <translation>&amp;Значение по бумаге:</translation>
    </message>
    <message>
        <source>Value read on the paper</source>
        <translation>Значение по бумаге</translation>
    </message>
    <message>
        <source>Resolve the difference</source>
        <translation>Разрешить расхождение</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Раз&amp;решить</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Парольная фраза ключа</translation>
    </message>
    <message>
        <source>The workspace&apos;s keys are protected by a passphrase.</source>
        <translation>Ключи рабочей папки защищены парольной фразой.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите ее:</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>A note of the coordinator: correct the field, or select it and answer the note with a comment.</source>
        <translation>Замечание координатора: исправьте поле или выберите его и ответьте на замечание комментарием.</translation>
    </message>
    <message>
        <source>%1: not answered yet %2</source>
        <translation>%1: без ответа %2</translation>
    </message>
    <message>
        <source>Click to go to the block&apos;s first field without an answer.</source>
        <translation>Нажмите, чтобы перейти к первому полю блока без ответа.</translation>
    </message>
    <message>
        <source>Nothing is missing: every field is answered or marked “no data”.</source>
        <translation>Все заполнено: на каждое поле дан ответ или отмечено «нет данных».</translation>
    </message>
    <message>
        <source>Errors: %1. Not answered yet: %2 field(s) in %3 block(s). Click a line to go to its field; F8 goes to the next error.</source>
        <translation>Ошибок: %1. Без ответа: полей — %2, блоков — %3. Нажмите на строку, чтобы перейти к полю; F8 — к следующей ошибке.</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>%1 finding(s) for %2, %3 reviewed. Values are kept as sent; double-click a finding to record your decision.</source>
        <translation>Замечаний за %2 год: %1, рассмотрено: %3. Значения хранятся как присланы; дважды щелкните замечание, чтобы записать решение.</translation>
    </message>
    <message>
        <source>Quality findings</source>
        <translation>Замечания о качестве</translation>
    </message>
    <message>
        <source>“No data” reasons</source>
        <translation>Причины «нет данных»</translation>
    </message>
    <message>
        <source>“No data” reason</source>
        <translation>Причина «нет данных»</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
</context>
<context>
    <name>ReportGapsDialog</name>
    <message>
        <source>Before making the report</source>
        <translation>Перед тем как сделать отчет</translation>
    </message>
    <message>
        <source>What the report would miss</source>
        <translation>Чего не хватает в отчете</translation>
    </message>
    <message>
        <source>Make the report anyway</source>
        <translation>Все равно сделать отчет</translation>
    </message>
    <message>
        <source>Go back and fix it</source>
        <translation>Вернуться и исправить</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>published (small counts hidden)</source>
        <translation>для публикации (малые числа скрыты)</translation>
    </message>
    <message>
        <source>restricted (exact figures)</source>
        <translation>ограниченного доступа (точные числа)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Формирование отчета…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахском языке</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русском языке</translation>
    </message>
    <message>
        <source>4. Conclusions</source>
        <translation>4. Выводы</translation>
    </message>
    <message>
        <source>5. Recommendations</source>
        <translation>5. Рекомендации</translation>
    </message>
    <message>
        <source>risk area</source>
        <translation>область риска</translation>
    </message>
    <message>
        <source>measures to minimise the risk</source>
        <translation>меры по минимизации рисков</translation>
    </message>
    <message>
        <source>Risk profile: %1 — %2</source>
        <translation>Профиль риска: %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 text&lt;/b&gt;: printed in the %1 report. Switch the report&apos;s language above to write the text in the other language.</source>
        <translation>&lt;b&gt;Текст на %1&lt;/b&gt;: печатается в отчете на %1. Чтобы написать текст на другом языке, переключите язык отчета вверху.</translation>
    </message>
    <message>
        <source>This section has a %1 text; without a text here the %2 report prints it, marked as written in the other language.</source>
        <translation>У этого раздела есть текст на %1; без текста здесь отчет на %2 напечатает его с пометкой, что он написан на другом языке.</translation>
    </message>
    <message>
        <source>This section has no %1 text either.</source>
        <translation>Текста на %1 у этого раздела тоже нет.</translation>
    </message>
    <message>
        <source>The text is saved.</source>
        <translation>Текст сохранен.</translation>
    </message>
    <message>
        <source>The approval and transmittal are saved.</source>
        <translation>Гриф утверждения и сопроводительное письмо сохранены.</translation>
    </message>
    <message>
        <source>Gathering the data of the report…</source>
        <translation>Сбор данных отчета…</translation>
    </message>
    <message>
        <source>The %1 report would print these as missing or provisional. Make it anyway, or go back and fix them first.</source>
        <translation>В отчете на %1 это будет напечатано как отсутствующее или предварительное. Сделайте отчет все равно или сначала вернитесь и исправьте.</translation>
    </message>
    <message>
        <source>The report was not made: fix what is missing, then make it again.</source>
        <translation>Отчет не сделан: исправьте недостающее и сделайте его снова.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Верстка страниц…</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <source>%1 pages, %2 KB. Save it as PDF or print it.</source>
        <translation>Страниц: %1, %2 КБ. Сохраните в PDF или распечатайте.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Results for the subjects</source>
        <translation>Результаты для субъектов</translation>
    </message>
    <message>
        <source>The results of the assessment for %1–%2 are brought to the subjects (rule 19): the offices open the file with “Open a file from the coordinator”.</source>
        <translation>Результаты оценки за %1–%2 годы доводятся до субъектов (пункт 19): организации открывают файл командой «Открыть файл от координатора».</translation>
    </message>
    <message>
        <source>The results are signed with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Результаты подписываются ключом координатора; парольная фраза открывает его.</translation>
    </message>
    <message>
        <source>Results of the assessment (*.kzres)</source>
        <translation>Результаты оценки (*.kzres)</translation>
    </message>
    <message>
        <source>Making the published report in both languages…</source>
        <translation>Публикуемый отчёт готовится на двух языках…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saved: %1

Send this file to the offices; only the published edition is in it.</source>
        <translation>Сохранено: %1

Отправьте этот файл организациям; в нём только публикуемая редакция.</translation>
    </message>
    <message>
        <source>Making the results package…</source>
        <translation>Готовится пакет результатов…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Сформировать отчет</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Results for the subjects (.kzres)…</source>
        <translation>Результаты для субъектов (.kzres)…</translation>
    </message>
    <message>
        <source>Section of the report</source>
        <translation>Раздел отчета</translation>
    </message>
    <message>
        <source>The expert group&apos;s text in the report&apos;s language</source>
        <translation>Текст экспертной группы на языке отчета</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Сохранить текст</translation>
    </message>
    <message>
        <source>Approval and transmittal</source>
        <translation>Гриф утверждения и сопроводительное письмо</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Утверждает:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утверждает</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Approval date (YYYY-MM-DD):</source>
        <translation>Дата утверждения (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>Approval date (YYYY-MM-DD)</source>
        <translation>Дата утверждения (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Outgoing number:</source>
        <translation>Исходящий номер:</translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <source>Transmittal date (YYYY-MM-DD):</source>
        <translation>Дата письма (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>Transmittal date (YYYY-MM-DD)</source>
        <translation>Дата письма (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписывает:</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <source>Signatory&apos;s position:</source>
        <translation>Должность подписывающего:</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписывающего</translation>
    </message>
    <message>
        <source>Save the approval and transmittal</source>
        <translation>Сохранить гриф и письмо</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>The request is signed with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Запрос подписывается ключом координатора; его открывает парольная фраза.</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Сохранить запрос</translation>
    </message>
    <message>
        <source>Data request (*.kzreq)</source>
        <translation>Запрос (*.kzreq)</translation>
    </message>
    <message>
        <source>Request for %1 saved: %2</source>
        <translation>Запрос за %1 год сохранен: %2</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Отчетный год:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Отчетный год</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Create and save the request…</source>
        <translation>Создать и сохранить запрос…</translation>
    </message>
    <message>
        <source>Rule 9: subjects answer within one month of the request unless it sets another deadline. Send the saved .kzreq file to every subject.</source>
        <translation>Пункт 9 Правил: субъекты отвечают в месячный срок, если запросом не установлен иной срок. Отправьте сохраненный файл .kzreq каждому субъекту.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Results of the risk assessment</source>
        <translation>Результаты оценки рисков</translation>
    </message>
    <message>
        <source>Published report:</source>
        <translation>Публикуемый отчёт:</translation>
    </message>
    <message>
        <source>Save and open the PDF…</source>
        <translation>Сохранить и открыть PDF…</translation>
    </message>
    <message>
        <source>No results of the assessment have been received yet.</source>
        <translation>Результаты оценки ещё не получены.</translation>
    </message>
    <message>
        <source>Risk assessment for %1–%2, sent %3.</source>
        <translation>Оценка рисков за %1–%2 годы, отправлена %3.</translation>
    </message>
    <message>
        <source>Meeting of the commission: %1.</source>
        <translation>Заседание комиссии: %1.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Решение: %1</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>Область риска</translation>
    </message>
    <message>
        <source>Measures to minimise the risk</source>
        <translation>Меры по минимизации рисков</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>(your kind)</source>
        <translation>(ваш вид)</translation>
    </message>
    <message>
        <source>Save the published report</source>
        <translation>Сохранить публикуемый отчёт</translation>
    </message>
</context>
<context>
    <name>ResultsExportDialog</name>
    <message>
        <source>Results for the subjects</source>
        <translation>Результаты для субъектов</translation>
    </message>
    <message>
        <source>Meeting of the commission:</source>
        <translation>Заседание комиссии:</translation>
    </message>
    <message>
        <source>Its decision:</source>
        <translation>Её решение:</translation>
    </message>
    <message>
        <source>Only the published edition (small counts hidden) goes into the package, in Kazakh and Russian, with the recommendations and each kind of subject&apos;s own risk profile. It is signed with your key.</source>
        <translation>В пакет входит только публикуемая редакция (малые числа скрыты) на казахском и русском языках, с рекомендациями и профилем рисков каждого вида субъектов. Он подписывается вашим ключом.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <source>Another field:</source>
        <translation>Другое поле:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Only the ticked fields are returned, each with its note. The office sees the notes on its fields and sends a corrected version.</source>
        <translation>Возвращаются только отмеченные поля, каждое со своим замечанием. Организация видит замечания у своих полей и присылает исправленную версию.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Note to the office</source>
        <translation>Замечание организации</translation>
    </message>
    <message>
        <source>Tick at least one field and write its note.</source>
        <translation>Отметьте хотя бы одно поле и напишите замечание к нему.</translation>
    </message>
    <message>
        <source>Write a note for %1: the office must know what to check.</source>
        <translation>Напишите замечание к %1: организация должна знать, что проверить.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of a finding</source>
        <translation>Рассмотрение замечания</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>The value stays as the office sent it. Say what was checked, or what the office is asked to correct.</source>
        <translation>Значение остается таким, как его прислала организация. Укажите, что проверено или что организации нужно исправить.</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Kazakhstan (national)</source>
        <translation>Казахстан (по республике)</translation>
    </message>
    <message>
        <source>No submissions yet: nothing to assess.</source>
        <translation>Ответов пока нет: оценивать нечего.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Share reporting it</source>
        <translation>Доля указавших</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Data likelihood</source>
        <translation>Вероятность по данным</translation>
    </message>
    <message>
        <source>Experts: likelihood / impact</source>
        <translation>Эксперты: вероятность / последствия</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>consequences not yet assessed</source>
        <translation>последствия ещё не оценены</translation>
    </message>
    <message>
        <source>Method: likelihood = %1 × experts + %2 × data (round half up); data likelihood bands %3; levels of likelihood × impact: %4; at least %5 respondents.</source>
        <translation>Метод: вероятность = %1 × эксперты + %2 × данные (половина округляется вверх); границы вероятности по данным %3; уровни вероятности × последствий: %4; не менее %5 респондентов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Вероятность&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Последствия&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delphi rounds.&lt;/b&gt; Stopping rule: the interquartile range of both scales at most %1 (consensus), or from round 2 both medians moved by at most 0,5 (stable).</source>
        <translation>&lt;b&gt;Туры Дельфи.&lt;/b&gt; Правило остановки: межквартильный размах обеих шкал не больше %1 (согласие) или, начиная со 2-го тура, обе медианы сдвинулись не более чем на 0,5 (устойчивость).</translation>
    </message>
    <message>
        <source>Round %1: %2 answered; not answered: %3; stopping rule %4.</source>
        <translation>Тур %1: ответили — %2; не ответили: %3; правило остановки %4.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Туров ещё нет.</translation>
    </message>
    <message>
        <source>experts disagree: another round</source>
        <translation>мнения экспертов расходятся: еще один раунд</translation>
    </message>
    <message>
        <source>justification required</source>
        <translation>нужно обоснование</translation>
    </message>
    <message>
        <source>justification missing</source>
        <translation>обоснования нет</translation>
    </message>
    <message>
        <source>too little evidence</source>
        <translation>слишком мало данных</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>последствия не оценены</translation>
    </message>
    <message>
        <source>Type the name of a registered expert first.</source>
        <translation>Сначала введите имя эксперта из реестра экспертной группы.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Weights, share bands, level boundaries and anchors of this period (JSON). They are checked before they are kept, and the report prints them.</source>
        <translation>Веса, границы долей, границы уровней и описания шкал этого периода (JSON). Они проверяются перед сохранением и печатаются в отчете.</translation>
    </message>
    <message>
        <source>Assessment period:</source>
        <translation>Период оценки:</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>Период оценки</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>Эксперт:</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Method…</source>
        <translation>Метод…</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Реестр рисков</translation>
    </message>
    <message>
        <source>Heat map (likelihood × impact):</source>
        <translation>Карта рисков (вероятность × последствия):</translation>
    </message>
    <message>
        <source>Heat map (likelihood × impact)</source>
        <translation>Карта рисков (вероятность × последствия)</translation>
    </message>
    <message>
        <source>Likelihood (1-5):</source>
        <translation>Вероятность (1-5):</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Вероятность (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5):</source>
        <translation>Последствия (1-5):</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Последствия (1-5)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Save my score</source>
        <translation>Сохранить мою оценку</translation>
    </message>
    <message>
        <source>Justification (where the experts and the data differ by 2 or more):</source>
        <translation>Обоснование (если эксперты и данные расходятся на 2 и более):</translation>
    </message>
    <message>
        <source>Save the justification</source>
        <translation>Сохранить обоснование</translation>
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
    <name>SignersTab</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>This coordinator&apos;s key: %1</source>
        <translation>Ключ этого координатора: %1</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>Файл регистрации</translation>
    </message>
    <message>
        <source>Registration (*.kzkey);;All files (*)</source>
        <translation>Регистрация (*.kzkey);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (%2; %3) asks to be registered.

Fingerprint of its key:

%4

Call the office and have them read their fingerprint to you. Approve only if it matches.</source>
        <translation>%1 (%2; %3) просит о регистрации.

Отпечаток её ключа:

%4

Позвоните в организацию и попросите зачитать отпечаток. Утверждайте, только если он совпадает.</translation>
    </message>
    <message>
        <source>Call to compare the fingerprint: %1 (%2). Use the number you know for this office if it differs from the one in the file.</source>
        <translation>Позвоните, чтобы сверить отпечаток: %1 (%2). Если номер в файле отличается от известного вам номера организации, звоните по известному.</translation>
    </message>
    <message>
        <source>The registration gives no phone number: call the office at the number you know for it to compare the fingerprint.</source>
        <translation>В файле регистрации нет телефона: чтобы сверить отпечаток, позвоните в организацию по известному вам номеру.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>Revoke the key of %1 (%2), fingerprint %3?

Bundles signed with this key will be refused from now on. What becomes of the submissions it sent?</source>
        <translation>Отозвать ключ организации %1 (%2), отпечаток %3?

Файлы, подписанные этим ключом, с этого момента не принимаются. Что делать с ответами, которые он прислал?</translation>
    </message>
    <message>
        <source>This name looks like the registered %1 (%2) and differs only by look-alike letters: the key is registered as the same office, its history continues.</source>
        <translation>Это название похоже на зарегистрированное %1 (%2) и отличается только похожими буквами: ключ регистрируется как ключ той же организации, её история продолжается.</translation>
    </message>
    <message>
        <source>This organisation already has %1 registered key(s): the new one is added beside them (revoke a lost key in the table).</source>
        <translation>У этой организации уже есть зарегистрированные ключи (%1): новый добавляется к ним (утерянный ключ отзовите в таблице).</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Зарегистрирован: %1</translation>
    </message>
    <message>
        <source>%1 bundle(s) of this office wait in quarantine. Enter the passphrase to import them now.</source>
        <translation>Пакетов этой организации в карантине: %1. Введите парольную фразу, чтобы импортировать их сейчас.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Keep them (the key was lost)</source>
        <translation>Оставить (ключ утерян)</translation>
    </message>
    <message>
        <source>Withdraw them (the key was misused)</source>
        <translation>Отозвать (ключом злоупотребили)</translation>
    </message>
    <message>
        <source>Mark them suspect</source>
        <translation>Пометить как сомнительные</translation>
    </message>
    <message>
        <source>Add from a registration file…</source>
        <translation>Добавить из файла регистрации…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>This coordinator&apos;s key</source>
        <translation>Ключ этого координатора</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Отправители</translation>
    </message>
</context>
<context>
    <name>TableFilter</name>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>text in any column</source>
        <translation>текст в любом столбце</translation>
    </message>
    <message>
        <source>Find in the table</source>
        <translation>Поиск в таблице</translation>
    </message>
    <message>
        <source>— all —</source>
        <translation>— все —</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Not saved: the disk is full — your changes are kept and will be saved as soon as there is space.</source>
        <translation>Не сохранено: диск заполнен — ваши изменения не потеряны и будут сохранены, как только появится место.</translation>
    </message>
    <message>
        <source>Not saved: the workspace is busy (another program is writing to it) — your changes are kept and will be saved.</source>
        <translation>Не сохранено: рабочая папка занята (в неё пишет другая программа) — ваши изменения не потеряны и будут сохранены.</translation>
    </message>
    <message>
        <source>Not saved: %1 — your changes are kept and will be saved.</source>
        <translation>Не сохранено: %1 — ваши изменения не потеряны и будут сохранены.</translation>
    </message>
    <message>
        <source>Not saved: %1 — correct the value; what you typed is kept.</source>
        <translation>Не сохранено: %1 — исправьте значение; введённое не потеряно.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 change(s) are not saved in the workspace yet.</source>
        <translation>Ещё не сохранено в рабочей папке изменений: %1.</translation>
    </message>
    <message>
        <source>Try saving again, or save the changes to a file (it can be imported later with “kzth answers import”).</source>
        <translation>Попробуйте сохранить ещё раз или запишите изменения в файл (его можно импортировать позже командой «kzth answers import»).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Записать в файл…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Отказаться…</translation>
    </message>
    <message>
        <source>Discard %1 change(s) for good? They cannot be recovered.</source>
        <translation>Отказаться от изменений (%1) насовсем? Восстановить их будет нельзя.</translation>
    </message>
    <message>
        <source>Save the unsaved changes</source>
        <translation>Записать несохранённые изменения</translation>
    </message>
    <message>
        <source>Answers file (*.json)</source>
        <translation>Файл ответов (*.json)</translation>
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
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>details</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>new entry</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>Reason for no data</source>
        <translation>Причина отсутствия данных</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>The log folder</source>
        <translation>Папка журнала</translation>
    </message>
    <message>
        <source>The program&apos;s log files are in this folder:</source>
        <translation>Файлы журнала программы находятся в этой папке:</translation>
    </message>
</context>
</TS>
