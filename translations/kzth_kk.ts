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
    <name>CoordinatorWindow</name>
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
        <translation>Пакеттер үйлестірушінің кілтімен ашылады; оны құпия сөз ашады.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Пакеттер қабылдануда…</translation>
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
        <source>Reason code</source>
        <translation>Себеп коды</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
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
        <source>No reporting year yet.</source>
        <translation>Әзірге есепті жыл жоқ.</translation>
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
        <source>%1 day(s) overdue</source>
        <translation>%1 күн кешіктірілді</translation>
    </message>
    <message>
        <source>Nobody is missing.</source>
        <translation>Барлығы жіберді.</translation>
    </message>
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
        <source>Kinds</source>
        <translation>Түрлері</translation>
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
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Анықталған жайт</translation>
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
        <source>%1 (%2) asks to be registered.

Fingerprint of its key:

%3

Call the office and have them read their fingerprint to you. Approve only if it matches.</source>
        <translation>%1 (%2) тіркеуді сұрайды.

Оның кілтінің саусақ ізі:

%3

Ұйымға қоңырау шалып, саусақ ізін оқып беруін сұраңыз. Сәйкес келсе ғана бекітіңіз.</translation>
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
        <translation>Осы ұйымның %1 пакеті карантинде күтіп тұр. Оларды қазір қабылдау үшін құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <source>Bundles signed with this key will be refused from now on. Revoke it?</source>
        <translation>Бұдан былай осы кілтпен қол қойылған пакеттер қабылданбайды. Кері қайтарасыз ба?</translation>
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
        <translation>Сұрау салуға үйлестірушінің кілтімен қол қойылады; оны құпия сөз ашады.</translation>
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
        <source>Inbox</source>
        <translation>Кіріс</translation>
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
        <source>Completeness</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Not yet received (reminder list):</source>
        <translation>Әлі алынбағандар (еске салу тізімі):</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
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
        <source>Print the submission…</source>
        <translation>Жауаптарды басып шығару…</translation>
    </message>
    <message>
        <source>Save it as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel кітабы…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Сапасы</translation>
    </message>
    <message>
        <source>“No data” reason</source>
        <translation>«Деректер жоқ» себебі</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Қол қоюшылар</translation>
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
        <source>Requests</source>
        <translation>Сұрау салулар</translation>
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
        <source>Recent workspaces</source>
        <translation>Соңғы жұмыс кеңістіктері</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>Пакеттерді &amp;қабылдау…</translation>
    </message>
    <message>
        <source>Change the key &amp;passphrase…</source>
        <translation>Кілттің құпия &amp;сөзін өзгерту…</translation>
    </message>
    <message>
        <source>&amp;About KZTH Desktop</source>
        <translation>KZTH Desktop &amp;туралы</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Жұмыс кеңістігі үшін қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Құпия сөзде кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The folder cannot be used: %1</source>
        <translation>Бұл қалтаны пайдалану мүмкін емес: %1</translation>
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
        <source>Coordinator — the working body of the expert group</source>
        <translation>Үйлестіруші — сараптама тобының жұмыс органы</translation>
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
        <source>The files you send are signed with a key kept in this folder, protected by a passphrase (at least 8 characters). Write it down and keep it safe: it cannot be recovered.</source>
        <translation>Сіз жіберетін файлдарға осы қалтада сақталатын кілтпен қол қойылады, ол құпия сөзбен қорғалған (кемінде 8 таңба). Оны жазып алып, қауіпсіз жерде сақтаңыз: оны қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия сөз:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия сөз:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Жаңа құпия сөз:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Құпия сөз өзгертілді.</translation>
    </message>
    <message>
        <source>Block %1. </source>
        <translation>%1-блок. </translation>
    </message>
    <message>
        <source>Question %1. </source>
        <translation>%1-сұрақ. </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Өңделуде…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Барлық өзгерістер сақталды (%1)</translation>
    </message>
    <message>
        <source>Nothing is missing: every field is answered or marked “no data”.</source>
        <translation>Бәрі толтырылған: әр өріске жауап берілген немесе «деректер жоқ» деп белгіленген.</translation>
    </message>
    <message>
        <source>%1 problem(s). Click one to go to its field; F8 goes to the next.</source>
        <translation>Мәселелер саны: %1. Өріске өту үшін біреуін басыңыз; F8 — келесісіне.</translation>
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
        <translation>жіберілді</translation>
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
        <translation>Жауаптар жіберуге дайын.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
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
        <translation>Тіркеу файлында сіздің ашық кілтіңіз бар; оны құпия сөз ашады.</translation>
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
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>The answers cannot leave the workspace yet: %1 problem(s) are listed in the Problems panel.</source>
        <translation>Жауаптарды әлі жіберуге болмайды: «Мәселелер» тақтасында %1 мәселе көрсетілген.</translation>
    </message>
    <message>
        <source>The answers are signed with your key; the passphrase unlocks it.</source>
        <translation>Жауаптарға сіздің кілтіңізбен қол қойылады; оны құпия сөз ашады.</translation>
    </message>
    <message>
        <source>Folder for the file to send (e.g. a USB stick)</source>
        <translation>Жіберілетін файлға арналған қалта (мысалы, USB жинақтағыш)</translation>
    </message>
    <message>
        <source>Exported version %1: %2</source>
        <translation>%1-нұсқа жіберуге дайын: %2</translation>
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
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
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
        <source>Questionnaire</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Толтырылды</translation>
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
        <source>&amp;Import the coordinator&apos;s request (.kzreq)…</source>
        <translation>Үйлестірушінің сұрау салуын &amp;қабылдау (.kzreq)…</translation>
    </message>
    <message>
        <source>Save the &amp;registration file (.kzkey)…</source>
        <translation>&amp;Тіркеу файлын сақтау (.kzkey)…</translation>
    </message>
    <message>
        <source>&amp;Export the answers for the coordinator (.kzth)…</source>
        <translation>Жауаптарды үйлестірушіге &amp;жіберу (.kzth)…</translation>
    </message>
    <message>
        <source>Change the key &amp;passphrase…</source>
        <translation>Кілттің құпия &amp;сөзін өзгерту…</translation>
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
        <source>&amp;About KZTH Desktop</source>
        <translation>KZTH Desktop &amp;туралы</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Құпия сөзде кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Кілттің құпия сөзі</translation>
    </message>
    <message>
        <source>The workspace&apos;s keys are protected by a passphrase.</source>
        <translation>Жұмыс кеңістігінің кілттері құпия сөзбен қорғалған.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия сөз:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Құпия сөзді көрсету</translation>
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
</context>
</TS>
