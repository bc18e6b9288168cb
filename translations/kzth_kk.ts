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
        <source>Coordinator workspace. The questionnaire expects these subjects:</source>
        <translation>Үйлестірушінің жұмыс кеңістігі. Сауалнамаға мына субъектілер жауап береді:</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Субъектінің түрі</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоктар</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Жұмыс кеңістігі үшін қалтаны таңдаңыз.</translation>
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
</context>
<context>
    <name>MainWindow</name>
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
        <source>There is no reporting year in this workspace yet. Add the year the coordinator&apos;s request names (or the year you report on) to start filling the questionnaire.</source>
        <translation>Бұл жұмыс кеңістігінде әлі есепті жыл жоқ. Сауалнаманы толтыруды бастау үшін үйлестірушінің сұрау салуында көрсетілген жылды (немесе есеп беретін жылды) қосыңыз.</translation>
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
