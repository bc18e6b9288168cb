<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddYearDialog</name>
    <message>
        <source>Add a reporting year</source>
        <translation>Есепті жылды қосу</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Есепті жыл:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Rule 9: the answers are due one month after the request unless it sets another deadline.</source>
        <translation>Қағидалардың 9-тармағы: егер сұрау салуда өзгеше мерзім белгіленбесе, мәліметтер бір ай мерзімде беріледі.</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>risk area</source>
        <translation>тәуекел саласы</translation>
    </message>
    <message>
        <source>measures to minimise the risk</source>
        <translation>тәуекелдерді азайту жөніндегі шаралар</translation>
    </message>
    <message>
        <source>Risk profile: %1 — %2</source>
        <translation>Тәуекел профилі: %1 — %2</translation>
    </message>
    <message>
        <source>Sources cited (rules 10, 15)</source>
        <translation>Пайдаланылған дереккөздер (10, 15-тармақтар)</translation>
    </message>
    <message>
        <source>Population (for rates per 100,000)</source>
        <translation>Халық саны (100 000 адамға шаққандағы көрсеткіштер үшін)</translation>
    </message>
    <message>
        <source>Preparing the evidence…</source>
        <translation>Дәлелдер дайындалуда…</translation>
    </message>
    <message>
        <source>The expert group&apos;s own text: no table of evidence belongs to this part.</source>
        <translation>Сараптама тобының өз мәтіні: бұл бөлікке деректер кестесі жоқ.</translation>
    </message>
    <message>
        <source>Answered “yes”</source>
        <translation>«Иә» деп жауап бергендер</translation>
    </message>
    <message>
        <source>per 100,000 population a year</source>
        <translation>жылына 100 000 тұрғынға шаққанда</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>The text is saved.</source>
        <translation>Мәтін сақталды.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Author or organisation</source>
        <translation>Авторы немесе ұйым</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Reference or address</source>
        <translation>Сілтеме немесе мекенжай</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Пайдаланылған дереккөздер</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Халық саны</translation>
    </message>
    <message>
        <source>A population is a whole number.</source>
        <translation>Халық саны бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Талдауға арналған деректер</translation>
    </message>
    <message>
        <source>The expert group&apos;s text (saved as you type):</source>
        <translation>Сараптама тобының мәтіні (теру барысында сақталады):</translation>
    </message>
    <message>
        <source>The expert group&apos;s text</source>
        <translation>Сараптама тобының мәтіні</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Author or organisation:</source>
        <translation>Авторы немесе ұйым:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жылы:</translation>
    </message>
    <message>
        <source>Reference or address:</source>
        <translation>Сілтеме немесе мекенжай:</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Дереккөзді қосу</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Таңдалған дереккөзді жою</translation>
    </message>
    <message>
        <source>Population of each region (the denominator of the rates per 100,000). Type the figures of the statistics committee; a blank cell has no rate.</source>
        <translation>Әр өңірдің халық саны (100 000 адамға шаққандағы көрсеткіштердің бөлімі). Статистика комитетінің деректерін енгізіңіз; бос ұяшық үшін көрсеткіш есептелмейді.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Open workspace</source>
        <translation>Жұмыс кеңістігін ашу</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>BlockNavigation</name>
    <message>
        <source>Block %1. </source>
        <translation>%1-блок. </translation>
    </message>
    <message>
        <source>Question %1. </source>
        <translation>%1-сұрақ. </translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>No reporting year yet.</source>
        <translation>Әзірге есепті жыл жоқ.</translation>
    </message>
    <message>
        <source>Reporting rate</source>
        <translation>Есеп беру деңгейі</translation>
    </message>
    <message>
        <source>Reporting rate by kind</source>
        <translation>Түрлері бойынша есеп беру деңгейі</translation>
    </message>
    <message>
        <source>Reporting rate, national</source>
        <translation>Есеп беру деңгейі, республика бойынша</translation>
    </message>
    <message>
        <source>not expected, but received</source>
        <translation>күтілмеген, бірақ алынды</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>Reporting rate, national: %1</source>
        <translation>Есеп беру деңгейі, республика бойынша: %1</translation>
    </message>
    <message>
        <source>file in quarantine: %1</source>
        <translation>файл карантинде: %1</translation>
    </message>
    <message>
        <source>file refused: %1</source>
        <translation>файл қабылданбады: %1</translation>
    </message>
    <message>
        <source>(no office registered)</source>
        <translation>(тіркелген мекеме жоқ)</translation>
    </message>
    <message>
        <source>(on paper)</source>
        <translation>(қағаз нұсқада)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Кешіккен күндер</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Late and missing offices (%1)</source>
        <translation>Кешіккен және жібермеген мекемелер (%1)</translation>
    </message>
    <message>
        <source>%1 day(s) overdue</source>
        <translation>%1 күн кешіктірілді</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>байланыс: %1</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>байланыс деректері жоқ</translation>
    </message>
    <message>
        <source>Nobody is missing.</source>
        <translation>Барлығы жіберді.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Late offices and reminders</source>
        <translation>Кешіккен мекемелер және еске салулар</translation>
    </message>
    <message>
        <source>Late and missing offices</source>
        <translation>Кешіккен және жібермеген мекемелер</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <source>Not yet received (reminder list):</source>
        <translation>Әлі алынбағандар (еске салу тізімі):</translation>
    </message>
    <message>
        <source>Not yet received (reminder list)</source>
        <translation>Әлі алынбағандар (еске салу тізімі)</translation>
    </message>
</context>
<context>
    <name>CoordinatorMail</name>
    <message>
        <source>returned for correction</source>
        <translation>түзетуге қайтарылды</translation>
    </message>
    <message>
        <source>A file from the coordinator</source>
        <translation>Үйлестірушіден келген файл</translation>
    </message>
    <message>
        <source>The coordinator&apos;s files (%1);;All files (*)</source>
        <translation>Үйлестірушінің файлдары (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Accept the new coordinator only after comparing the fingerprint with them by phone. Accept it?</source>
        <translation>Жаңа үйлестірушіні саусақ ізін онымен телефон арқылы салыстырғаннан кейін ғана қабылдаңыз. Қабылдайсыз ба?</translation>
    </message>
    <message>
        <source>Request for %1 imported; the answers are due by %2.</source>
        <translation>%1 жылға сұрау салу импортталды; жауаптар %2 дейін берілуі тиіс.</translation>
    </message>
    <message>
        <source>This return was received before; nothing changed.</source>
        <translation>Бұл қайтару бұрын алынған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The coordinator returned the answers for %1 for correction with %2 note(s): they are listed in the Problems panel on their fields. Correct the fields or answer the notes, then export version %3.</source>
        <translation>Үйлестіруші %1 жылғы жауаптарды %2 ескертумен түзетуге қайтарды: олар «Мәселелер» тақтасында өз өрістерінде көрсетілген. Өрістерді түзетіңіз немесе ескертулерге жауап беріңіз, содан кейін %3-нұсқаны экспорттаңыз.</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Түзетуге қайтару</translation>
    </message>
    <message>
        <source>Results of the assessment for %1–%2 received.</source>
        <translation>%1–%2 жылдардағы бағалау нәтижелері алынды.</translation>
    </message>
    <message>
        <source>Answer the coordinator&apos;s note…</source>
        <translation>Үйлестірушінің ескертуіне жауап беру…</translation>
    </message>
    <message>
        <source>Answer the coordinator&apos;s note</source>
        <translation>Үйлестірушінің ескертуіне жауап</translation>
    </message>
    <message>
        <source>%1

The coordinator&apos;s note: %2

Your comment (it is sent with the next version of the answers):</source>
        <translation>%1

Үйлестірушінің ескертуі: %2

Сіздің түсініктемеңіз (ол жауаптардың келесі нұсқасымен жіберіледі):</translation>
    </message>
    <message>
        <source>Comment saved; it is sent with the next version.</source>
        <translation>Түсініктеме сақталды; ол келесі нұсқамен жіберіледі.</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Бос сауалнама</translation>
    </message>
    <message>
        <source>For which kind of subject?</source>
        <translation>Субъектінің қай түрі үшін?</translation>
    </message>
    <message>
        <source>Both (Kazakh, then Russian)</source>
        <translation>Екі тілде (алдымен қазақша, содан кейін орысша)</translation>
    </message>
    <message>
        <source>About KZTH Desktop</source>
        <translation>KZTH Desktop туралы</translation>
    </message>
    <message>
        <source>KZTH Desktop — coordinator — %1</source>
        <translation>KZTH Desktop — үйлестіруші — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Жаңа жұмыс кеңістігі…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Жұмыс кеңістігін &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>The &amp;Rules (order No. 849 / No. 410)</source>
        <translation>&amp;Қағидалар (№ 849 / № 410 бұйрық)</translation>
    </message>
    <message>
        <source>KZTH Desktop — coordinator</source>
        <translation>KZTH Desktop — үйлестіруші</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Есепті жыл:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Есепті жыл</translation>
    </message>
    <message>
        <source>Coordinator&apos;s tabs</source>
        <translation>Үйлестірушінің қойындылары</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Сапасы</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Қағаз бланктер</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұрау салулар</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Тәуекелдер</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Соңғы жұмыс кеңістіктері</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>Пакеттерді &amp;қабылдау…</translation>
    </message>
    <message>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>&amp;Бос сауалнаманы басып шығару…</translation>
    </message>
    <message>
        <source>Save a blank questionnaire as PDF…</source>
        <translation>Бос сауалнаманы PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Change the key &amp;passphrase…</source>
        <translation>Кілттің құпия &amp;фразасын өзгерту…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>The folder of the program&apos;s log files, to attach to a support request</source>
        <translation>Бағдарлама журналы файлдарының қалтасы: қолдау қызметіне өтінішке тіркеу үшін</translation>
    </message>
    <message>
        <source>&amp;About KZTH Desktop</source>
        <translation>KZTH Desktop &amp;туралы</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>(all)</source>
        <translation>(барлығы)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ағымдағы</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Түрлері</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері алынған</translation>
    </message>
    <message>
        <source>suspect: its key was revoked</source>
        <translation>күдікті: кілті кері қайтарылған</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Кері алу</translation>
    </message>
    <message>
        <source>Choose a current submission in the table first.</source>
        <translation>Алдымен кестеден ағымдағы жауаптарды таңдаңыз.</translation>
    </message>
    <message>
        <source>The submission will no longer count in aggregates, completeness and reports; the version before it, if any, becomes current again. Reason:</source>
        <translation>Бұл жауаптар жиынтықтарда, толықтықта және есептерде бұдан былай есептелмейді; алдыңғы нұсқасы болса, ол қайтадан ағымдағы болады. Себебі:</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Түзетуге қайтару</translation>
    </message>
    <message>
        <source>This submission was entered from a paper form: there is no office program to open a return. Call the office to check the paper; if a value must change, withdraw this version and key the corrected form in the Paper forms tab.</source>
        <translation>Бұл жауаптар қағаз бланктен енгізілген: қайтаруды ашатын мекеме бағдарламасы жоқ. Бланкті тексеру үшін мекемеге қоңырау шалыңыз; мәнді өзгерту керек болса, осы нұсқаны кері алып, түзетілген бланкті «Қағаз бланктер» қойындысында енгізіңіз.</translation>
    </message>
    <message>
        <source>%1, %2, version %3. Tick the fields the office is to check and write a note for each; the quality findings of this submission are ticked.</source>
        <translation>%1, %2 жыл, %3-нұсқа. Ұйым тексеруі тиіс өрістерді белгілеп, әрқайсысына ескерту жазыңыз; осы мәліметтердің сапа бойынша анықталғандары белгіленген.</translation>
    </message>
    <message>
        <source>The return is signed with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Қайтаруға үйлестірушінің кілтімен қол қойылады; оны құпия фраза ашады.</translation>
    </message>
    <message>
        <source>Saved: %1

Send this file to the office (USB stick or e-mail); it opens it with “Open a file from the coordinator”.</source>
        <translation>Сақталды: %1

Бұл файлды ұйымға жіберіңіз (USB жинақтағыш немесе электрондық пошта); ұйым оны «Үйлестірушіден келген файлды ашу» арқылы ашады.</translation>
    </message>
    <message>
        <source>Save the return for the office</source>
        <translation>Ұйымға арналған қайтаруды сақтау</translation>
    </message>
    <message>
        <source>Return for correction (*.kzret)</source>
        <translation>Түзетуге қайтару (*.kzret)</translation>
    </message>
    <message>
        <source>The submission is marked returned, but the file was not saved. Return it again to save a new file.</source>
        <translation>Мәліметтер қайтарылды деп белгіленді, бірақ файл сақталмады. Жаңа файлды сақтау үшін оны қайтадан қайтарыңыз.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Choose a submission in the table first.</source>
        <translation>Алдымен кестеден жауаптарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel кітабы</translation>
    </message>
    <message>
        <source>No submissions have been imported yet.</source>
        <translation>Әлі ешқандай жауап қабылданған жоқ.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Кітап жазылуда…</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Print the submission…</source>
        <translation>Жауаптарды басып шығару…</translation>
    </message>
    <message>
        <source>Save it as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Return for correction…</source>
        <translation>Түзетуге қайтару…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кері алу…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel кітабы…</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Ұсынылған мәліметтер</translation>
    </message>
    <message>
        <source>Answers of the selected submission</source>
        <translation>Таңдалған мәліметтердің жауаптары</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. What you typed and saved is kept in the workspace. Copy the details and send them to the people who support the program; you can go on working or restart it.</source>
        <translation>Бағдарлама күтпеген қате орын алды. Терілген және сақталған мәліметтер жұмыс кеңістігінде қалады. Толығырақ мәліметті көшіріп, бағдарламаны сүйемелдейтін мамандарға жіберіңіз; жұмысты жалғастыруға немесе бағдарламаны қайта іске қосуға болады.</translation>
    </message>
    <message>
        <source>The details are also written to the program&apos;s log, in this folder:</source>
        <translation>Толығы бағдарлама журналына да жазылды, мына қалтада:</translation>
    </message>
    <message>
        <source>The program&apos;s log could not be written: copy the details. Its folder would be:</source>
        <translation>Бағдарлама журналы жазылмады: толығын көшіріңіз. Оның қалтасы:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Толығырақ көшіру</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>The coordinator&apos;s request</source>
        <translation>Үйлестірушінің сұрау салуы</translation>
    </message>
    <message>
        <source>Data request (*.kzreq);;All files (*)</source>
        <translation>Сұрау салу (*.kzreq);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Accept the new coordinator only after comparing the fingerprint with them by phone. Accept it?</source>
        <translation>Жаңа үйлестірушіні саусақ ізін онымен телефон арқылы салыстырғаннан кейін ғана қабылдаңыз. Қабылдайсыз ба?</translation>
    </message>
    <message>
        <source>Request for %1 imported; the answers are due by %2.</source>
        <translation>%1 жылға сұрау салу қабылданды; жауаптарды беру мерзімі — %2.</translation>
    </message>
    <message>
        <source>The registration file carries your public key; the passphrase unlocks it.</source>
        <translation>Тіркеу файлында сіздің ашық кілтіңіз бар; оны құпия фраза ашады.</translation>
    </message>
    <message>
        <source>Save the registration file</source>
        <translation>Тіркеу файлын сақтау</translation>
    </message>
    <message>
        <source>Registration (*.kzkey)</source>
        <translation>Тіркеу (*.kzkey)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Saved: %1

Send it to the coordinator, then read them this fingerprint over the phone so that they can confirm it:

%2</source>
        <translation>Сақталды: %1

Оны үйлестірушіге жіберіңіз, содан кейін растауы үшін осы саусақ ізін оған телефон арқылы оқып беріңіз:

%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>The answers cannot leave the workspace yet: %1 problem(s) are listed in the Problems panel.</source>
        <translation>Жауаптарды әлі жіберуге болмайды: «Мәселелер» тақтасында %1 мәселе көрсетілген.</translation>
    </message>
    <message>
        <source>The answers are signed with your key; the passphrase unlocks it.</source>
        <translation>Жауаптарға сіздің кілтіңізбен қол қойылады; оны құпия фраза ашады.</translation>
    </message>
    <message>
        <source>Folder for the file to send (e.g. a USB stick)</source>
        <translation>Жіберілетін файлға арналған қалта (мысалы, USB жинақтағыш)</translation>
    </message>
    <message>
        <source>Signing and encrypting the answers…</source>
        <translation>Жауаптарға қол қойылып, шифрлануда…</translation>
    </message>
    <message>
        <source>Exported version %1: %2</source>
        <translation>%1-нұсқа экспортталды: %2</translation>
    </message>
    <message>
        <source>Saved version %1 of the answers for %2:
%3

Send this file to the coordinator (USB stick or e-mail). Only the coordinator can open it.</source>
        <translation>%2 жылғы жауаптардың %1-нұсқасы сақталды:
%3

Бұл файлды үйлестірушіге жіберіңіз (USB жинақтағыш немесе электрондық пошта). Оны тек үйлестіруші аша алады.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Кілтті ауыстыру</translation>
    </message>
    <message>
        <source>New keys replace the old ones: files already sent stay valid, but the coordinator must register this workspace again before accepting new ones. Go on?</source>
        <translation>Жаңа кілттер ескілерін ауыстырады: бұрын жіберілген файлдар жарамды болып қалады, бірақ жаңаларын қабылдау үшін үйлестіруші бұл жұмыс кеңістігін қайта тіркеуі керек. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <source>A passphrase for the new keys:</source>
        <translation>Жаңа кілттерге арналған құпия фраза:</translation>
    </message>
    <message>
        <source>New key made. Save the registration file (menu Exchange) and send it to the coordinator; its fingerprint:

%1</source>
        <translation>Жаңа кілт жасалды. Тіркеу файлын сақтап («Алмасу» мәзірі), үйлестірушіге жіберіңіз; оның саусақ ізі:

%1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Жұмыс кеңістігі үшін қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The folder cannot be used: %1</source>
        <translation>Бұл қалтаны пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Creating the workspace and its keys…</source>
        <translation>Жұмыс кеңістігі мен оның кілттері жасалуда…</translation>
    </message>
    <message>
        <source>the organisation&apos;s name in Kazakh</source>
        <translation>ұйымның қазақ тіліндегі атауы</translation>
    </message>
    <message>
        <source>the organisation&apos;s name in Russian</source>
        <translation>ұйымның орыс тіліндегі атауы</translation>
    </message>
    <message>
        <source>the region (choose it in the list)</source>
        <translation>өңір (тізімнен таңдаңыз)</translation>
    </message>
    <message>
        <source>the kind of organisation (tick at least one)</source>
        <translation>ұйымның түрі (кемінде біреуін белгілеңіз)</translation>
    </message>
    <message>
        <source>To go on, please fill in or correct:</source>
        <translation>Жалғастыру үшін мыналарды толтырыңыз немесе түзетіңіз:</translation>
    </message>
    <message>
        <source>Folder for the workspace</source>
        <translation>Жұмыс кеңістігінің қалтасы</translation>
    </message>
    <message>
        <source>KZTH Desktop — first start</source>
        <translation>KZTH Desktop — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>You can switch the language at any moment later (menu Language).</source>
        <translation>Тілді кез келген уақытта ауыстыруға болады («Тіл» мәзірі).</translation>
    </message>
    <message>
        <source>Who works in this workspace?</source>
        <translation>Бұл жұмыс кеңістігінде кім жұмыс істейді?</translation>
    </message>
    <message>
        <source>A workspace is made for one role; the choice cannot be changed later.</source>
        <translation>Жұмыс кеңістігі бір рөлге арналып жасалады; кейін оны өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Respondent — a subject that answers the questionnaire (akimat, police, NGO…)</source>
        <translation>Респондент — сауалнамаға жауап беретін субъект (әкімдік, полиция, ҮЕҰ…)</translation>
    </message>
    <message>
        <source>Fills the questionnaire once a year, prints it for the head&apos;s signature and sends a signed, encrypted file to the coordinator.</source>
        <translation>Сауалнаманы жылына бір рет толтырады, басшының қолы үшін басып шығарады және үйлестірушіге қол қойылған, шифрланған файлды жібереді.</translation>
    </message>
    <message>
        <source>Coordinator — the authorised state body that coordinates the expert group</source>
        <translation>Үйлестіруші — сараптама тобының жұмысын үйлестіретін уәкілетті мемлекеттік орган</translation>
    </message>
    <message>
        <source>Issues the yearly data request, imports and checks the answers, and prepares the risk assessment.</source>
        <translation>Жыл сайынғы сұрау салуды жібереді, жауаптарды қабылдап, тексереді және тәуекелдерді бағалауды дайындайды.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <source>The kinds of your organisation decide which blocks of the questionnaire you answer.</source>
        <translation>Ұйымыңыздың түрі сауалнаманың қай блоктарына жауап беретініңізді анықтайды.</translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <source>Kinds of organisation:</source>
        <translation>Ұйымның түрлері:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Байланыс жасайтын адам:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Жұмыс кеңістігін қайда сақтау керек</translation>
    </message>
    <message>
        <source>The answers are saved in this folder as you type. Keep it on this computer and back it up.</source>
        <translation>Жауаптар теру барысында осы қалтаға сақталады. Оны осы компьютерде ұстап, сақтық көшірмесін жасап отырыңыз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>The files you send are signed with a key kept in this folder, protected by a passphrase: at least 12 characters, not a common password — several words of your own. Write it down and keep it safe: it cannot be recovered.</source>
        <translation>Сіз жіберетін файлдарға осы қалтада сақталатын кілтпен қол қойылады, ол құпия фразамен қорғалған: кемінде 12 таңба, жиі қолданылатын фраза емес — өзіңіз ойлап тапқан бірнеше сөз. Оны жазып алып, қауіпсіз жерде сақтаңыз: оны қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Import bundles</source>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <source>Bundles (*.kzth);;All files (*)</source>
        <translation>Пакеттер (*.kzth);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>Пакеттер қалтасын қабылдау</translation>
    </message>
    <message>
        <source>The bundles are opened with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Пакеттер үйлестірушінің кілтімен ашылады; оны құпия фраза ашады.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Пакеттер қабылдануда…</translation>
    </message>
    <message>
        <source>Reading the submissions again…</source>
        <translation>Есептер қайта оқылуда…</translation>
    </message>
    <message>
        <source>cancelled: the files not yet read were left</source>
        <translation>тоқтатылды: әлі оқылмаған файлдар қалдырылды</translation>
    </message>
    <message>
        <source>Files received so far: %1. Every file is kept unchanged in the workspace.</source>
        <translation>Осы уақытқа дейін алынған файлдар: %1. Әр файл жұмыс кеңістігінде өзгеріссіз сақталады.</translation>
    </message>
    <message>
        <source>Keys waiting for a phone check: %1 — their files are imported once the key is approved in Signers.</source>
        <translation>Телефон арқылы тексеруді күтіп тұрған кілттер: %1 — олардың файлдары кілт «Қол қоюшылар» қойындысында бекітілгенде импортталады.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Түрлері</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Select a file to see its whole reason and what to do about it.</source>
        <translation>Себебін толық көру және не істеу керегін білу үшін файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Не істеу керек: %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Себеп коды: %1</translation>
    </message>
    <message>
        <source>accepted, replaces an older version</source>
        <translation>қабылданды, ескі нұсқаны ауыстырады</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>қайталанған</translation>
    </message>
    <message>
        <source>waiting: unknown signer</source>
        <translation>күтуде: қол қоюшы белгісіз</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Файлдарды қабылдау…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Қалтаны қабылдау…</translation>
    </message>
    <message>
        <source>…or drop .kzth files or folders on this window.</source>
        <translation>…немесе .kzth файлдарын не қалталарды осы терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>The selected file&apos;s reason</source>
        <translation>Таңдалған файлдың себебі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Editing…</source>
        <translation>Өңделуде…</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Барлық өзгерістер сақталды (%1)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортталды</translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation>, %1-нұсқа</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · мерзімі %1</translation>
    </message>
    <message>
        <source> · exported %1</source>
        <translation> · экспортталды %1</translation>
    </message>
    <message>
        <source>filled %1%</source>
        <translation>толтырылды: %1%</translation>
    </message>
    <message>
        <source>First answer every field or mark it “no data” with a reason.</source>
        <translation>Алдымен әр өріске жауап беріңіз немесе себебін көрсетіп, «деректер жоқ» деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Есепті жыл</translation>
    </message>
    <message>
        <source>Mark as ready</source>
        <translation>Дайын деп белгілеу</translation>
    </message>
    <message>
        <source>The submission is ready to be exported.</source>
        <translation>Жауаптар экспорттауға дайын.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>About KZTH Desktop</source>
        <translation>KZTH Desktop туралы</translation>
    </message>
    <message>
        <source>Questionnaire version: %1</source>
        <translation>Сауалнама нұсқасы: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Жұмыс кеңістігі: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>There is no reporting year in this workspace yet. Import the coordinator&apos;s request (a .kzreq file): it sets the year and the deadline. Without a request you can add the year you report on by hand and fill the questionnaire already.</source>
        <translation>Бұл жұмыс кеңістігінде әлі есепті жыл жоқ. Үйлестірушінің сұрау салуын (.kzreq файлы) қабылдаңыз: ол жылды және мерзімді белгілейді. Сұрау салусыз да есеп беретін жылды қолмен қосып, сауалнаманы толтыра бастауға болады.</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s request…</source>
        <translation>Үйлестірушінің сұрау салуын қабылдау…</translation>
    </message>
    <message>
        <source>Add reporting year…</source>
        <translation>Есепті жылды қосу…</translation>
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
        <translation>Есепті жыл:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Blocks and questions</source>
        <translation>Блоктар мен сұрақтар</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Толтырылды</translation>
    </message>
    <message>
        <source>Questionnaire form</source>
        <translation>Сауалнама нысаны</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Соңғы жұмыс кеңістіктері</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Алмасу</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Жауаптар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Answer the coordinator&apos;s note…</source>
        <translation>Үйлестірушінің ескертуіне жауап беру…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Жаңа жұмыс кеңістігі…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Жұмыс кеңістігін &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Print this submission…</source>
        <translation>Жауаптарды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Save this submission as P&amp;DF…</source>
        <translation>Жауаптарды P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>&amp;Бос сауалнаманы басып шығару…</translation>
    </message>
    <message>
        <source>Save a blank questionnaire as PDF…</source>
        <translation>Бос сауалнаманы PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Open a &amp;file from the coordinator…</source>
        <translation>Үйлестірушіден келген &amp;файлды ашу…</translation>
    </message>
    <message>
        <source>Results of the &amp;assessment…</source>
        <translation>&amp;Бағалау нәтижелері…</translation>
    </message>
    <message>
        <source>&amp;Import the coordinator&apos;s request (.kzreq)…</source>
        <translation>Үйлестірушінің сұрау салуын &amp;қабылдау (.kzreq)…</translation>
    </message>
    <message>
        <source>Save the &amp;registration file (.kzkey)…</source>
        <translation>&amp;Тіркеу файлын сақтау (.kzkey)…</translation>
    </message>
    <message>
        <source>&amp;Export the answers for the coordinator (.kzth)…</source>
        <translation>Жауаптарды үйлестірушіге &amp;экспорттау (.kzth)…</translation>
    </message>
    <message>
        <source>Change the key &amp;passphrase…</source>
        <translation>Кілттің құпия &amp;фразасын өзгерту…</translation>
    </message>
    <message>
        <source>Replace a lost key or forgotten passphrase…</source>
        <translation>Жоғалған кілтті немесе ұмытылған құпия фразаны ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Add reporting year…</source>
        <translation>Есепті жылды &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Check the answers</source>
        <translation>Жауаптарды &amp;тексеру</translation>
    </message>
    <message>
        <source>Mark as &amp;ready</source>
        <translation>&amp;Дайын деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Reopen for editing</source>
        <translation>Өңдеу үшін &amp;қайта ашу</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>Келесі &amp;мәселеге өту</translation>
    </message>
    <message>
        <source>The &amp;Rules (order No. 849 / No. 410)</source>
        <translation>&amp;Қағидалар (№ 849 / № 410 бұйрық)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>The folder of the program&apos;s log files, to attach to a support request</source>
        <translation>Бағдарлама журналы файлдарының қалтасы: қолдау қызметіне өтінішке тіркеу үшін</translation>
    </message>
    <message>
        <source>&amp;About KZTH Desktop</source>
        <translation>KZTH Desktop &amp;туралы</translation>
    </message>
</context>
<context>
    <name>PaperCopies</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Көшірме дайындалуда…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Register an office that answers on paper, then key its form.</source>
        <translation>Қағаз нұсқада жауап беретін кеңсені тіркеңіз, содан кейін оның бланкін енгізіңіз.</translation>
    </message>
    <message>
        <source>Not keyed yet: the first operator keys the form.</source>
        <translation>Әлі енгізілмеген: бланкті бірінші оператор енгізеді.</translation>
    </message>
    <message>
        <source>single keying</source>
        <translation>бір рет енгізу</translation>
    </message>
    <message>
        <source>double keying</source>
        <translation>қос енгізу</translation>
    </message>
    <message>
        <source>Verified: a submission, entered from paper (%1; operators: %2).</source>
        <translation>Салыстырылды: жауап, қағаз нұсқадан енгізілді (%1; операторлар: %2).</translation>
    </message>
    <message>
        <source>Keyed once by %1: another operator keys the same form again.</source>
        <translation>%1 бір рет енгізді: сол бланкті басқа оператор қайта енгізеді.</translation>
    </message>
    <message>
        <source>Keyed, to verify: %1 difference(s) left to resolve against the paper.</source>
        <translation>Енгізілді, салыстыру керек: қағазбен салыстырып шешілетін айырмашылықтар: %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Keying 1 (%1)</source>
        <translation>1-енгізу (%1)</translation>
    </message>
    <message>
        <source>Keying 2 (%1)</source>
        <translation>2-енгізу (%1)</translation>
    </message>
    <message>
        <source>Read on the paper</source>
        <translation>Қағазда жазылғаны</translation>
    </message>
    <message>
        <source>A new office on paper</source>
        <translation>Қағаз нұсқада жауап беретін жаңа кеңсе</translation>
    </message>
    <message>
        <source>Save this keying</source>
        <translation>Осы енгізуді сақтау</translation>
    </message>
    <message>
        <source>Keying %1 saved.</source>
        <translation>%1-енгізу сақталды.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Кеңсе:</translation>
    </message>
    <message>
        <source>Office on paper</source>
        <translation>Қағаз нұсқадағы кеңсе</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Reporting year of the form</source>
        <translation>Бланктің есепті жылы</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>О&amp;ператор:</translation>
    </message>
    <message>
        <source>Operator keying the form</source>
        <translation>Бланкті енгізетін оператор</translation>
    </message>
    <message>
        <source>Single keying (the ministry&apos;s decision)</source>
        <translation>Бір рет енгізу (министрліктің шешімі)</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Субъект түрі</translation>
    </message>
    <message>
        <source>Register the office</source>
        <translation>Кеңсені тіркеу</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>State of the form</source>
        <translation>Бланктің күйі</translation>
    </message>
    <message>
        <source>The paper form</source>
        <translation>Қағаз бланк</translation>
    </message>
    <message>
        <source>&amp;Save this keying</source>
        <translation>Осы енгізуді &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Differences between the two keyings, side by side:</source>
        <translation>Екі енгізудің &amp;айырмашылықтары, қатар:</translation>
    </message>
    <message>
        <source>Differences between the two keyings</source>
        <translation>Екі енгізудің айырмашылықтары</translation>
    </message>
    <message>
        <source>The first keying is right</source>
        <translation>Бірінші енгізу дұрыс</translation>
    </message>
    <message>
        <source>&amp;1 The first keying is right</source>
        <translation>&amp;1 Бірінші енгізу дұрыс</translation>
    </message>
    <message>
        <source>The second keying is right</source>
        <translation>Екінші енгізу дұрыс</translation>
    </message>
    <message>
        <source>&amp;2 The second keying is right</source>
        <translation>&amp;2 Екінші енгізу дұрыс</translation>
    </message>
    <message>
        <source>&amp;Value read on the paper:</source>
        <translation>Қағаздағы &amp;мән:</translation>
    </message>
    <message>
        <source>Value read on the paper</source>
        <translation>Қағаздағы мән</translation>
    </message>
    <message>
        <source>Resolve the difference</source>
        <translation>Айырмашылықты шешу</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Ш&amp;ешу</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Жаңа құпия фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Кілттің құпия фразасы</translation>
    </message>
    <message>
        <source>The workspace&apos;s keys are protected by a passphrase.</source>
        <translation>Жұмыс кеңістігінің кілттері құпия фразамен қорғалған.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>A note of the coordinator: correct the field, or select it and answer the note with a comment.</source>
        <translation>Үйлестірушінің ескертуі: өрісті түзетіңіз немесе оны таңдап, ескертуге түсініктемемен жауап беріңіз.</translation>
    </message>
    <message>
        <source>%1: not answered yet %2</source>
        <translation>%1: жауапсыз %2</translation>
    </message>
    <message>
        <source>Click to go to the block&apos;s first field without an answer.</source>
        <translation>Блоктың жауап берілмеген бірінші өрісіне өту үшін басыңыз.</translation>
    </message>
    <message>
        <source>Nothing is missing: every field is answered or marked “no data”.</source>
        <translation>Бәрі толтырылған: әр өріске жауап берілген немесе «деректер жоқ» деп белгіленген.</translation>
    </message>
    <message>
        <source>Errors: %1. Not answered yet: %2 field(s) in %3 block(s). Click a line to go to its field; F8 goes to the next error.</source>
        <translation>Қателер: %1. Жауап берілмеген: өрістер — %2, блоктар — %3. Өріске өту үшін жолды басыңыз; F8 — келесі қатеге.</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Анықталған жайт</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>%1 finding(s) for %2, %3 reviewed. Values are kept as sent; double-click a finding to record your decision.</source>
        <translation>%2 жыл бойынша анықталған жайттар: %1, қаралғаны: %3. Мәндер жіберілген күйінде сақталады; шешіміңізді жазу үшін жайтты екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Quality findings</source>
        <translation>Сапа бойынша ескертулер</translation>
    </message>
    <message>
        <source>“No data” reasons</source>
        <translation>«Деректер жоқ» себептері</translation>
    </message>
    <message>
        <source>“No data” reason</source>
        <translation>«Деректер жоқ» себебі</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
</context>
<context>
    <name>ReportGapsDialog</name>
    <message>
        <source>Before making the report</source>
        <translation>Есепті жасамас бұрын</translation>
    </message>
    <message>
        <source>What the report would miss</source>
        <translation>Есепте не жетіспейді</translation>
    </message>
    <message>
        <source>Make the report anyway</source>
        <translation>Есепті бәрібір жасау</translation>
    </message>
    <message>
        <source>Go back and fix it</source>
        <translation>Оралып, түзету</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>published (small counts hidden)</source>
        <translation>жарияланатын (шағын сандар жасырылған)</translation>
    </message>
    <message>
        <source>restricted (exact figures)</source>
        <translation>шектеулі қолжетімді (нақты сандар)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тіліндегі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тіліндегі</translation>
    </message>
    <message>
        <source>4. Conclusions</source>
        <translation>4. Қорытындылар</translation>
    </message>
    <message>
        <source>5. Recommendations</source>
        <translation>5. Ұсынымдар</translation>
    </message>
    <message>
        <source>risk area</source>
        <translation>тәуекел саласы</translation>
    </message>
    <message>
        <source>measures to minimise the risk</source>
        <translation>тәуекелдерді азайту жөніндегі шаралар</translation>
    </message>
    <message>
        <source>Risk profile: %1 — %2</source>
        <translation>Тәуекел профилі: %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 text&lt;/b&gt;: printed in the %1 report. Switch the report&apos;s language above to write the text in the other language.</source>
        <translation>&lt;b&gt;%1 мәтін&lt;/b&gt;: %1 есепте басылады. Мәтінді басқа тілде жазу үшін жоғарыда есептің тілін ауыстырыңыз.</translation>
    </message>
    <message>
        <source>This section has a %1 text; without a text here the %2 report prints it, marked as written in the other language.</source>
        <translation>Бұл бөлімнің %1 мәтіні бар; мұнда мәтін болмаса, %2 есеп оны басқа тілде жазылған деп белгілеп басады.</translation>
    </message>
    <message>
        <source>This section has no %1 text either.</source>
        <translation>Бұл бөлімнің %1 мәтіні де жоқ.</translation>
    </message>
    <message>
        <source>The text is saved.</source>
        <translation>Мәтін сақталды.</translation>
    </message>
    <message>
        <source>The approval and transmittal are saved.</source>
        <translation>Бекіту белгісі мен ілеспе хат сақталды.</translation>
    </message>
    <message>
        <source>Gathering the data of the report…</source>
        <translation>Есептің деректері жиналуда…</translation>
    </message>
    <message>
        <source>The %1 report would print these as missing or provisional. Make it anyway, or go back and fix them first.</source>
        <translation>%1 есепте мыналар жоқ немесе алдын ала ретінде басылады. Есепті бәрібір жасаңыз немесе алдымен оралып, түзетіңіз.</translation>
    </message>
    <message>
        <source>The report was not made: fix what is missing, then make it again.</source>
        <translation>Есеп жасалмады: жетіспейтінін толтырып, қайта жасаңыз.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Беттер құрастырылуда…</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Алдын ала қарау суреттері салынуда…</translation>
    </message>
    <message>
        <source>%1 pages, %2 KB. Save it as PDF or print it.</source>
        <translation>%1 бет, %2 КБ. Оны PDF ретінде сақтаңыз немесе басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Results for the subjects</source>
        <translation>Субъектілерге арналған нәтижелер</translation>
    </message>
    <message>
        <source>The results of the assessment for %1–%2 are brought to the subjects (rule 19): the offices open the file with “Open a file from the coordinator”.</source>
        <translation>%1–%2 жылдардағы бағалау нәтижелері субъектілерге жеткізіледі (19-тармақ): ұйымдар файлды «Үйлестірушіден келген файлды ашу» арқылы ашады.</translation>
    </message>
    <message>
        <source>The results are signed with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Нәтижелерге үйлестірушінің кілтімен қол қойылады; оны құпия фраза ашады.</translation>
    </message>
    <message>
        <source>Results of the assessment (*.kzres)</source>
        <translation>Бағалау нәтижелері (*.kzres)</translation>
    </message>
    <message>
        <source>Making the published report in both languages…</source>
        <translation>Жарияланатын есеп екі тілде жасалуда…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Saved: %1

Send this file to the offices; only the published edition is in it.</source>
        <translation>Сақталды: %1

Бұл файлды ұйымдарға жіберіңіз; онда тек жарияланатын редакция бар.</translation>
    </message>
    <message>
        <source>Making the results package…</source>
        <translation>Нәтижелер пакеті жасалуда…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Нұсқасы:</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Нұсқасы</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Есепті жасау</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Results for the subjects (.kzres)…</source>
        <translation>Субъектілерге арналған нәтижелер (.kzres)…</translation>
    </message>
    <message>
        <source>Section of the report</source>
        <translation>Есептің бөлімі</translation>
    </message>
    <message>
        <source>The expert group&apos;s text in the report&apos;s language</source>
        <translation>Есеп тіліндегі сараптама тобының мәтіні</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Мәтінді сақтау</translation>
    </message>
    <message>
        <source>Approval and transmittal</source>
        <translation>Бекіту белгісі және ілеспе хат</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Бекітеді:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Бекітеді</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Approval date (YYYY-MM-DD):</source>
        <translation>Бекіту күні (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <source>Approval date (YYYY-MM-DD)</source>
        <translation>Бекіту күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>Outgoing number:</source>
        <translation>Шығыс нөмірі:</translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <source>Transmittal date (YYYY-MM-DD):</source>
        <translation>Ілеспе хаттың күні (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <source>Transmittal date (YYYY-MM-DD)</source>
        <translation>Ілеспе хаттың күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Қол қояды:</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қояды</translation>
    </message>
    <message>
        <source>Signatory&apos;s position:</source>
        <translation>Қол қоюшының лауазымы:</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Қол қоюшының лауазымы</translation>
    </message>
    <message>
        <source>Save the approval and transmittal</source>
        <translation>Бекіту белгісі мен ілеспе хатты сақтау</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Сұрау салу</translation>
    </message>
    <message>
        <source>The request is signed with the coordinator&apos;s key; the passphrase unlocks it.</source>
        <translation>Сұрау салуға үйлестірушінің кілтімен қол қойылады; оны құпия фраза ашады.</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Сұрау салуды сақтау</translation>
    </message>
    <message>
        <source>Data request (*.kzreq)</source>
        <translation>Сұрау салу (*.kzreq)</translation>
    </message>
    <message>
        <source>Request for %1 saved: %2</source>
        <translation>%1 жылға сұрау салу сақталды: %2</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Есепті жыл:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Есепті жыл</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Create and save the request…</source>
        <translation>Сұрау салуды жасап, сақтау…</translation>
    </message>
    <message>
        <source>Rule 9: subjects answer within one month of the request unless it sets another deadline. Send the saved .kzreq file to every subject.</source>
        <translation>Қағидалардың 9-тармағы: егер сұрау салуда өзгеше мерзім белгіленбесе, субъектілер бір ай ішінде жауап береді. Сақталған .kzreq файлын әр субъектіге жіберіңіз.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұрау салулар</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Results of the risk assessment</source>
        <translation>Тәуекелдерді бағалау нәтижелері</translation>
    </message>
    <message>
        <source>Published report:</source>
        <translation>Жарияланатын есеп:</translation>
    </message>
    <message>
        <source>Save and open the PDF…</source>
        <translation>PDF-ті сақтау және ашу…</translation>
    </message>
    <message>
        <source>No results of the assessment have been received yet.</source>
        <translation>Бағалау нәтижелері әлі алынған жоқ.</translation>
    </message>
    <message>
        <source>Risk assessment for %1–%2, sent %3.</source>
        <translation>%1–%2 жылдардағы тәуекелдерді бағалау, %3 жіберілді.</translation>
    </message>
    <message>
        <source>Meeting of the commission: %1.</source>
        <translation>Комиссия отырысы: %1.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Шешімі: %1</translation>
    </message>
    <message>
        <source>Risk area</source>
        <translation>Тәуекел саласы</translation>
    </message>
    <message>
        <source>Measures to minimise the risk</source>
        <translation>Тәуекелдерді азайту жөніндегі шаралар</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>(your kind)</source>
        <translation>(сіздің түріңіз)</translation>
    </message>
    <message>
        <source>Save the published report</source>
        <translation>Жарияланатын есепті сақтау</translation>
    </message>
</context>
<context>
    <name>ResultsExportDialog</name>
    <message>
        <source>Results for the subjects</source>
        <translation>Субъектілерге арналған нәтижелер</translation>
    </message>
    <message>
        <source>Meeting of the commission:</source>
        <translation>Комиссия отырысы:</translation>
    </message>
    <message>
        <source>Its decision:</source>
        <translation>Оның шешімі:</translation>
    </message>
    <message>
        <source>Only the published edition (small counts hidden) goes into the package, in Kazakh and Russian, with the recommendations and each kind of subject&apos;s own risk profile. It is signed with your key.</source>
        <translation>Пакетке тек жарияланатын редакция (шағын сандар жасырылған) қазақ және орыс тілдерінде, ұсынымдармен және субъектінің әр түрінің өз тәуекел бейінімен бірге енеді. Оған сіздің кілтіңізбен қол қойылады.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>Түзетуге қайтару</translation>
    </message>
    <message>
        <source>Another field:</source>
        <translation>Басқа өріс:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Only the ticked fields are returned, each with its note. The office sees the notes on its fields and sends a corrected version.</source>
        <translation>Тек белгіленген өрістер өз ескертуімен қайтарылады. Ұйым ескертулерді өз өрістерінде көріп, түзетілген нұсқаны жібереді.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Note to the office</source>
        <translation>Ұйымға ескерту</translation>
    </message>
    <message>
        <source>Tick at least one field and write its note.</source>
        <translation>Кемінде бір өрісті белгілеп, оған ескерту жазыңыз.</translation>
    </message>
    <message>
        <source>Write a note for %1: the office must know what to check.</source>
        <translation>%1 үшін ескерту жазыңыз: ұйым не тексеру керегін білуі тиіс.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of a finding</source>
        <translation>Анықталған жайтты қарау</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Түсініктеме:</translation>
    </message>
    <message>
        <source>The value stays as the office sent it. Say what was checked, or what the office is asked to correct.</source>
        <translation>Мән ұйым жіберген күйінде қалады. Не тексерілгенін немесе ұйымнан нені түзетуді сұрайтыныңызды жазыңыз.</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Kazakhstan (national)</source>
        <translation>Қазақстан (республика бойынша)</translation>
    </message>
    <message>
        <source>No submissions yet: nothing to assess.</source>
        <translation>Әзірге жауаптар жоқ: бағалайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Share reporting it</source>
        <translation>Көрсеткендердің үлесі</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>Data likelihood</source>
        <translation>Деректер бойынша ықтималдық</translation>
    </message>
    <message>
        <source>Experts: likelihood / impact</source>
        <translation>Сарапшылар: ықтималдық / салдары</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Ықтималдық</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Салдары</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>consequences not yet assessed</source>
        <translation>салдары әлі бағаланбаған</translation>
    </message>
    <message>
        <source>Method: likelihood = %1 × experts + %2 × data (round half up); data likelihood bands %3; levels of likelihood × impact: %4; at least %5 respondents.</source>
        <translation>Әдіс: ықтималдық = %1 × сарапшылар + %2 × деректер (жартысы жоғары қарай дөңгелектенеді); деректер бойынша ықтималдық шектері %3; ықтималдық × салдар деңгейлері: %4; кемінде %5 респондент.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Ықтималдық&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Салдары&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delphi rounds.&lt;/b&gt; Stopping rule: the interquartile range of both scales at most %1 (consensus), or from round 2 both medians moved by at most 0,5 (stable).</source>
        <translation>&lt;b&gt;Дельфи турлары.&lt;/b&gt; Тоқтау ережесі: екі шкаланың квартильаралық ауқымы %1-ден аспайды (келісім) немесе 2-турдан бастап екі медиана да 0,5-тен артық өзгермеген (тұрақтылық).</translation>
    </message>
    <message>
        <source>Round %1: %2 answered; not answered: %3; stopping rule %4.</source>
        <translation>%1-тур: жауап бергендер — %2; жауап бермегендер: %3; тоқтау ережесі %4.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Әлі ешбір тур жоқ.</translation>
    </message>
    <message>
        <source>experts disagree: another round</source>
        <translation>сарапшылардың пікірі әртүрлі: тағы бір айналым</translation>
    </message>
    <message>
        <source>justification required</source>
        <translation>негіздеме қажет</translation>
    </message>
    <message>
        <source>justification missing</source>
        <translation>негіздеме жоқ</translation>
    </message>
    <message>
        <source>too little evidence</source>
        <translation>деректер тым аз</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>салдары бағаланбаған</translation>
    </message>
    <message>
        <source>Type the name of a registered expert first.</source>
        <translation>Алдымен сараптама тобының тізіліміндегі сарапшының атын жазыңыз.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Weights, share bands, level boundaries and anchors of this period (JSON). They are checked before they are kept, and the report prints them.</source>
        <translation>Осы кезеңнің салмақтары, үлес шектері, деңгей шекаралары және шкала сипаттамалары (JSON). Олар сақталмас бұрын тексеріледі, есепте басып шығарылады.</translation>
    </message>
    <message>
        <source>Assessment period:</source>
        <translation>Бағалау кезеңі:</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>Бағалау кезеңі</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Аумақ:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>Сарапшы:</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <source>Method…</source>
        <translation>Әдіс…</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Тәуекелдер тізілімі</translation>
    </message>
    <message>
        <source>Heat map (likelihood × impact):</source>
        <translation>Тәуекелдер картасы (ықтималдық × салдары):</translation>
    </message>
    <message>
        <source>Heat map (likelihood × impact)</source>
        <translation>Тәуекелдер картасы (ықтималдық × салдары)</translation>
    </message>
    <message>
        <source>Likelihood (1-5):</source>
        <translation>Ықтималдық (1-5):</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Ықтималдық (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5):</source>
        <translation>Салдары (1-5):</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Салдары (1-5)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Түсініктеме:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Save my score</source>
        <translation>Менің бағамды сақтау</translation>
    </message>
    <message>
        <source>Justification (where the experts and the data differ by 2 or more):</source>
        <translation>Негіздеме (сарапшылар мен деректер 2 немесе одан көп айырмашылықта болса):</translation>
    </message>
    <message>
        <source>Save the justification</source>
        <translation>Негіздемені сақтау</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>The Rules</source>
        <translation>Қағидалар</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Іздеу:</translation>
    </message>
</context>
<context>
    <name>SignersTab</name>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Түрлері</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>This coordinator&apos;s key: %1</source>
        <translation>Осы үйлестірушінің кілті: %1</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>Тіркеу файлы</translation>
    </message>
    <message>
        <source>Registration (*.kzkey);;All files (*)</source>
        <translation>Тіркеу (*.kzkey);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 (%2; %3) asks to be registered.

Fingerprint of its key:

%4

Call the office and have them read their fingerprint to you. Approve only if it matches.</source>
        <translation>%1 (%2; %3) тіркеуді сұрайды.

Оның кілтінің саусақ ізі:

%4

Мекемеге қоңырау шалып, саусақ ізін оқып беруін сұраңыз. Сәйкес келсе ғана бекітіңіз.</translation>
    </message>
    <message>
        <source>Call to compare the fingerprint: %1 (%2). Use the number you know for this office if it differs from the one in the file.</source>
        <translation>Саусақ ізін салыстыру үшін қоңырау шалыңыз: %1 (%2). Файлдағы нөмір сізге белгілі нөмірден өзгеше болса, белгілі нөмірге қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>The registration gives no phone number: call the office at the number you know for it to compare the fingerprint.</source>
        <translation>Тіркеу файлында телефон нөмірі жоқ: саусақ ізін салыстыру үшін мекемеге өзіңізге белгілі нөмір бойынша қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. пошта: %1</translation>
    </message>
    <message>
        <source>Revoke the key of %1 (%2), fingerprint %3?

Bundles signed with this key will be refused from now on. What becomes of the submissions it sent?</source>
        <translation>%1 (%2) кілтін кері қайтару керек пе, саусақ ізі %3?

Бұдан былай осы кілтпен қол қойылған файлдар қабылданбайды. Ол жіберген жауаптармен не істеу керек?</translation>
    </message>
    <message>
        <source>This name looks like the registered %1 (%2) and differs only by look-alike letters: the key is registered as the same office, its history continues.</source>
        <translation>Бұл атау тіркелген %1 (%2) атауына ұқсайды, тек ұқсас әріптермен ерекшеленеді: кілт сол ұйымның кілті ретінде тіркеледі, оның тарихы жалғасады.</translation>
    </message>
    <message>
        <source>This organisation already has %1 registered key(s): the new one is added beside them (revoke a lost key in the table).</source>
        <translation>Бұл ұйымның тіркелген кілттері бар (%1): жаңасы солардың қасына қосылады (жоғалған кілтті кестеде кері қайтарыңыз).</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Тіркелді: %1</translation>
    </message>
    <message>
        <source>%1 bundle(s) of this office wait in quarantine. Enter the passphrase to import them now.</source>
        <translation>Осы ұйымның %1 пакеті карантинде күтіп тұр. Оларды қазір қабылдау үшін құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <source>Keep them (the key was lost)</source>
        <translation>Қалдыру (кілт жоғалған)</translation>
    </message>
    <message>
        <source>Withdraw them (the key was misused)</source>
        <translation>Кері алу (кілт теріс пайдаланылған)</translation>
    </message>
    <message>
        <source>Mark them suspect</source>
        <translation>Күдікті деп белгілеу</translation>
    </message>
    <message>
        <source>Add from a registration file…</source>
        <translation>Тіркеу файлынан қосу…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Кері қайтару…</translation>
    </message>
    <message>
        <source>This coordinator&apos;s key</source>
        <translation>Осы үйлестірушінің кілті</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Қол қоюшылар</translation>
    </message>
</context>
<context>
    <name>TableFilter</name>
    <message>
        <source>Find:</source>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>text in any column</source>
        <translation>кез келген бағандағы мәтін</translation>
    </message>
    <message>
        <source>Find in the table</source>
        <translation>Кестеден іздеу</translation>
    </message>
    <message>
        <source>— all —</source>
        <translation>— барлығы —</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Not saved: the disk is full — your changes are kept and will be saved as soon as there is space.</source>
        <translation>Сақталмады: дискіде орын жоқ — өзгерістеріңіз жоғалмайды, орын босаған бойда сақталады.</translation>
    </message>
    <message>
        <source>Not saved: the workspace is busy (another program is writing to it) — your changes are kept and will be saved.</source>
        <translation>Сақталмады: жұмыс кеңістігі бос емес (оған басқа бағдарлама жазып жатыр) — өзгерістеріңіз жоғалмайды және сақталады.</translation>
    </message>
    <message>
        <source>Not saved: %1 — your changes are kept and will be saved.</source>
        <translation>Сақталмады: %1 — өзгерістеріңіз жоғалмайды және сақталады.</translation>
    </message>
    <message>
        <source>Not saved: %1 — correct the value; what you typed is kept.</source>
        <translation>Сақталмады: %1 — мәнді түзетіңіз; терілгені жоғалмайды.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>%1 change(s) are not saved in the workspace yet.</source>
        <translation>Жұмыс кеңістігінде әлі сақталмаған өзгерістер: %1.</translation>
    </message>
    <message>
        <source>Try saving again, or save the changes to a file (it can be imported later with “kzth answers import”).</source>
        <translation>Қайта сақтап көріңіз немесе өзгерістерді файлға жазыңыз (кейін оны «kzth answers import» командасымен импорттауға болады).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Файлға жазу…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Бас тарту…</translation>
    </message>
    <message>
        <source>Discard %1 change(s) for good? They cannot be recovered.</source>
        <translation>%1 өзгерістен біржола бас тартасыз ба? Оларды қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Save the unsaved changes</source>
        <translation>Сақталмаған өзгерістерді жазу</translation>
    </message>
    <message>
        <source>Answers file (*.json)</source>
        <translation>Жауаптар файлы (*.json)</translation>
    </message>
</context>
<context>
    <name>formgen</name>
    <message>
        <source>Block {n}</source>
        <translation>{n}-блок</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>{n}-сұрақ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Сипаттаңыз…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <source>No data (Alt+N): state why the data is absent or cannot be given</source>
        <translation>Деректер жоқ (Alt+N): деректердің неге жоқ екенін немесе неге берілмейтінін көрсетіңіз</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Себебі (міндетті)</translation>
    </message>
    <message>
        <source>tenge</source>
        <translation>теңге</translation>
    </message>
    <message>
        <source>Set the period</source>
        <translation>Кезеңді көрсету</translation>
    </message>
    <message>
        <source>from</source>
        <translation>басы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>New entry, then Enter</source>
        <translation>Жаңа жол, содан кейін Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>None (0 persons)</source>
        <translation>Жоқ (0 адам)</translation>
    </message>
    <message>
        <source>One row per group of persons with the same attributes; no names.</source>
        <translation>Бірдей белгілері бар адамдар тобына бір жол; аты-жөнсіз.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>басы</translation>
    </message>
    <message>
        <source>end</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>details</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>new entry</source>
        <translation>жаңа жазба</translation>
    </message>
    <message>
        <source>Reason for no data</source>
        <translation>Деректердің болмау себебі</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>The log folder</source>
        <translation>Журнал қалтасы</translation>
    </message>
    <message>
        <source>The program&apos;s log files are in this folder:</source>
        <translation>Бағдарлама журналының файлдары мына қалтада:</translation>
    </message>
</context>
</TS>
