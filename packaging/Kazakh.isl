; *** Inno Setup 6 messages in Kazakh (қазақ тілі) ***
;
; Written for KZTH Desktop by its authors (not taken from any other translation), over the
; message names of Inno Setup 6.5's Default.isl. kzth.iss reads it after Default.isl
; ("compiler:Default.isl,Kazakh.isl"), so a message a newer Inno Setup adds shows in English
; rather than not at all. UTF-8 with a BOM (which every Unicode Inno Setup 6 reads).
; %1, %2 … and [name], [name/ver], [mb], [gb] are filled in by Setup; %n is a line break;
; & marks the underlined key of a button.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=%1 орнатылады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасалмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файл іске қосылмады. Орнату тоқтатылды
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Ақауды түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнатудың бұл нұсқасына сәйкес келмейді. Ақауды түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
InvalidParameter=Командалық жолда қате параметр берілді:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы әлдеқашан іске қосылған.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасын қолдамайды.
WindowsServicePackRequired=Бұл бағдарламаға %1 Service Pack %2 немесе одан кейінгісі қажет.
NotOnThisPlatform=Бұл бағдарлама %1 жүйесінде жұмыс істемейді.
OnlyOnThisPlatform=Бұл бағдарламаны тек %1 жүйесінде іске қосуға болады.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек мына процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 нұсқасы немесе одан жаңасы қажет.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 нұсқасына немесе одан жаңасына орнатуға болмайды.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші ретінде кіруіңіз керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші ретінде немесе «Power Users» (тәжірибелі пайдаланушылар) тобының мүшесі ретінде кіруіңіз керек.
SetupAppRunningError=Орнату бағдарламасы %1 қазір іске қосулы екенін анықтады.%n%nОның барлық терезелерін қазір жабыңыз да, жалғастыру үшін OK, шығу үшін «Болдырмау» батырмасын басыңыз.
UninstallAppRunningError=Жою бағдарламасы %1 қазір іске қосулы екенін анықтады.%n%nОның барлық терезелерін қазір жабыңыз да, жалғастыру үшін OK, шығу үшін «Болдырмау» батырмасын басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Орнату режимін таңдау
PrivilegesRequiredOverrideInstruction=Орнату режимін таңдаңыз
PrivilegesRequiredOverrideText1=%1 бағдарламасын барлық пайдаланушыларға (әкімші құқығы қажет) немесе тек өзіңізге орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңізге немесе барлық пайдаланушыларға (әкімші құқығы қажет) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушыларға орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушыларға орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=Тек &маған орнату
PrivilegesRequiredOverrideCurrentUserRecommended=Тек &маған орнату (ұсынылады)

; *** Misc. errors
ErrorCreatingDir=Орнату бағдарламасы «%1» қалтасын жасай алмады
ErrorTooManyFilesInDir=«%1» қалтасында файл жасалмады: онда файлдар тым көп

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды аяқтау үшін оны кейін қайта іске қосуға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=Орнату &туралы...
AboutSetupTitle=Орнату туралы
AboutSetupMessage=%1 %2%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=Қазақ тіліне KZTH Desktop авторлары аударған.

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Болдырмау
ButtonYes=&Иә
ButtonYesToAll=&Барлығына иә
ButtonNo=&Жоқ
ButtonNoToAll=Б&арлығына жоқ
ButtonFinish=&Дайын
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Болдырмау» батырмасын басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Төмендегі тізімнен қалтаны таңдап, OK батырмасын басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютеріңізге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жабу ұсынылады.

; *** "Password" wizard page
WizardPassword=Құпиясөз
PasswordLabel1=Бұл орнату құпиясөзбен қорғалған.
PasswordLabel3=Құпиясөзді енгізіп, жалғастыру үшін «Келесі» батырмасын басыңыз. Құпиясөздегі бас және кіші әріптер ажыратылады.
PasswordEditLabel=&Құпиясөз:
IncorrectPassword=Енгізілген құпиясөз дұрыс емес. Қайталап көріңіз.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқыңыз.
LicenseLabel3=Төмендегі лицензиялық келісімді оқыңыз. Орнатуды жалғастыру үшін осы келісімнің шарттарын қабылдауыңыз керек.
LicenseAccepted=Келісімді &қабылдаймын
LicenseNotAccepted=Келісімді қабылда&маймын

; *** "Information" wizard pages
WizardInfoBefore=Ақпарат
InfoBeforeLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқыңыз.
InfoBeforeClickLabel=Орнатуды жалғастыруға дайын болғанда «Келесі» батырмасын басыңыз.
WizardInfoAfter=Ақпарат
InfoAfterLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқыңыз.
InfoAfterClickLabel=Орнатуды жалғастыруға дайын болғанда «Келесі» батырмасын басыңыз.

; *** "User Information" wizard page
WizardUserInfo=Пайдаланушы туралы мәлімет
UserInfoDesc=Өзіңіз туралы мәліметті енгізіңіз.
UserInfoName=&Пайдаланушы аты:
UserInfoOrg=&Ұйым:
UserInfoSerial=&Сериялық нөмір:
UserInfoNameRequired=Атыңызды енгізуіңіз керек.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату орнын таңдау
SelectDirDesc=[name] қайда орнатылсын?
SelectDirLabel3=Орнату бағдарламасы [name] бағдарламасын мына қалтаға орнатады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» батырмасын басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
CannotInstallToNetworkDrive=Орнату бағдарламасы желілік дискіге орната алмайды.
CannotInstallToUNCPath=Орнату бағдарламасы UNC жолына орната алмайды.
InvalidPath=Дискінің әрпі бар толық жолды енгізуіңіз керек, мысалы:%n%nC:\App%n%nнемесе мына түрдегі UNC жолын:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе UNC ортақ қалтасы жоқ немесе қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жетпейді
DiskSpaceWarning=Орнату үшін кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Қалтаның аты немесе жолы тым ұзын.
InvalidDirName=Қалтаның аты жарамсыз.
BadDirName32=Қалта атында мына таңбалардың ешқайсысы болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта:%n%n%1%n%nбұрыннан бар. Сонда да осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта:%n%n%1%n%nжоқ. Қалтаны жасау керек пе?

; *** "Select Components" wizard page
WizardSelectComponents=Құрамдастарды таңдау
SelectComponentsDesc=Қандай құрамдастар орнатылсын?
SelectComponentsLabel2=Орнатқыңыз келетін құрамдастарды белгілеңіз, орнатқыңыз келмейтіндерінен белгіні алып тастаңыз. Жалғастыруға дайын болғанда «Келесі» батырмасын басыңыз.
FullInstallation=Толық орнату
CompactInstallation=Ықшам орнату
CustomInstallation=Таңдамалы орнату
NoUninstallWarningTitle=Құрамдастар бар
NoUninstallWarning=Орнату бағдарламасы компьютеріңізде мына құрамдастар бұрыннан орнатылғанын анықтады:%n%n%1%n%nОлардан белгіні алып тастау оларды жоймайды.%n%nСонда да жалғастырасыз ба?
ComponentSize1=%1 КБ
ComponentSize2=%1 МБ
ComponentsDiskSpaceGBLabel=Таңдалған құрамдастарға дискіде кемінде [gb] ГБ орын қажет.
ComponentsDiskSpaceMBLabel=Таңдалған құрамдастарға дискіде кемінде [mb] МБ орын қажет.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнатылып жатқанда орнату бағдарламасы орындайтын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзірінің қалтасын таңдау
SelectStartMenuFolderDesc=Орнату бағдарламасы бағдарламаның жарлықтарын қайда орналастырсын?
SelectStartMenuFolderLabel3=Орнату бағдарламасы бағдарламаның жарлықтарын «Бастау» мәзірінің мына қалтасында жасайды.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» батырмасын басыңыз.
MustEnterGroupName=Қалтаның атын енгізуіңіз керек.
GroupNameTooLong=Қалтаның аты немесе жолы тым ұзын.
InvalidGroupName=Қалтаның аты жарамсыз.
BadGroupName=Қалта атында мына таңбалардың ешқайсысы болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=Орнату бағдарламасы компьютеріңізге [name] орнатуды бастауға дайын.
ReadyLabel2a=Орнатуды жалғастыру үшін «Орнату» батырмасын, баптауларды қарап шығу немесе өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнатуды жалғастыру үшін «Орнату» батырмасын басыңыз.
ReadyMemoUserInfo=Пайдаланушы туралы мәлімет:
ReadyMemoDir=Орнату орны:
ReadyMemoType=Орнату түрі:
ReadyMemoComponents=Таңдалған құрамдастар:
ReadyMemoGroup=«Бастау» мәзірінің қалтасы:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel2=Файлдар жүктеліп жатыр...
ButtonStopDownload=Жүктеуді &тоқтату
StopDownload=Жүктеуді шынымен тоқтатасыз ба?
ErrorDownloadAborted=Жүктеу тоқтатылды
ErrorDownloadFailed=Жүктеу сәтсіз аяқталды: %1 %2
ErrorDownloadSizeFailed=Өлшемі анықталмады: %1 %2
ErrorProgress=Барысы қате: %2 ішінен %1
ErrorFileSize=Файлдың өлшемі қате: %1 күтілген, %2 табылды

; *** TExtractionWizardPage wizard page and ExtractArchive
ExtractingLabel=Файлдар шығарылып жатыр...
ButtonStopExtraction=Шығаруды &тоқтату
StopExtraction=Шығаруды шынымен тоқтатасыз ба?
ErrorExtractionAborted=Шығару тоқтатылды
ErrorExtractionFailed=Шығару сәтсіз аяқталды: %1

; *** Archive extraction failure details
ArchiveIncorrectPassword=Құпиясөз дұрыс емес
ArchiveIsCorrupted=Мұрағат бүлінген
ArchiveUnsupportedFormat=Мұрағаттың пішімі қолдау көрсетілмейді

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Орнату бағдарламасы компьютеріңізге [name] орнатуға дайындалып жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату не жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютерді қайта іске қосқаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Болдырмау» батырмасын басыңыз.
ApplicationsFound=Мына бағдарламалар орнату бағдарламасы жаңартуы тиіс файлдарды пайдаланып отыр. Орнату бағдарламасына оларды автоматты түрде жабуға рұқсат беру ұсынылады.
ApplicationsFound2=Мына бағдарламалар орнату бағдарламасы жаңартуы тиіс файлдарды пайдаланып отыр. Орнату бағдарламасына оларды автоматты түрде жабуға рұқсат беру ұсынылады. Орнату аяқталғаннан кейін орнату бағдарламасы оларды қайта іске қосуға тырысады.
CloseApplications=Бағдарламаларды &автоматты түрде жабу
DontCloseApplications=Бағдарламаларды &жаппау
ErrorCloseApplications=Орнату бағдарламасы барлық бағдарламаларды автоматты түрде жаба алмады. Жалғастырмас бұрын орнату бағдарламасы жаңартуы тиіс файлдарды пайдаланатын барлық бағдарламаларды жабу ұсынылады.
PrepareToInstallNeedsRestart=Орнату бағдарламасы компьютерді қайта іске қосуы керек. Компьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.%n%nҚазір қайта іске қосасыз ба?

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=Орнату бағдарламасы компьютеріңізге [name] орнатып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтауда
FinishedLabelNoIcons=Орнату бағдарламасы компьютеріңізге [name] орнатуды аяқтады.
FinishedLabel=Орнату бағдарламасы компьютеріңізге [name] орнатуды аяқтады. Бағдарламаны орнатылған жарлықтар арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Дайын» батырмасын басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін орнату бағдарламасы компьютерді қайта іске қосуы керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін орнату бағдарламасы компьютерді қайта іске қосуы керек.%n%nҚазір қайта іске қосасыз ба?
ShowReadmeCheck=Иә, README файлын қарағым келеді
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін өзім қайта іске қосамын
RunEntryExec=%1 іске қосу
RunEntryShellExec=%1 қарау

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Орнату бағдарламасына келесі диск қажет
SelectDiskLabel2=%1-дискіні салып, OK батырмасын басыңыз.%n%nОсы дискідегі файлдар төменде көрсетілгеннен басқа қалтада болса, дұрыс жолды енгізіңіз немесе «Шолу» батырмасын басыңыз.
PathLabel=&Жол:
FileNotInDir2=«%1» файлы «%2» ішінен табылмады. Дұрыс дискіні салыңыз немесе басқа қалтаны таңдаңыз.
SelectDirectoryLabel=Келесі дискінің орнын көрсетіңіз.

; *** Installation phase messages
SetupAborted=Орнату аяқталмады.%n%nАқауды түзетіп, орнату бағдарламасын қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталау
AbortRetryIgnoreIgnore=Қатеге &мән бермей жалғастыру
AbortRetryIgnoreCancel=Орнатуды болдырмау
RetryCancelSelectAction=Әрекетті таңдаңыз
RetryCancelRetry=&Қайталау
RetryCancelCancel=Болдырмау

; *** Installation status messages
StatusClosingApplications=Бағдарламалар жабылып жатыр...
StatusCreateDirs=Қалталар жасалып жатыр...
StatusExtractFiles=Файлдар шығарылып жатыр...
StatusDownloadFiles=Файлдар жүктеліп жатыр...
StatusCreateIcons=Жарлықтар жасалып жатыр...
StatusCreateIniEntries=INI жазбалары жасалып жатыр...
StatusCreateRegistryEntries=Тізілім жазбалары жасалып жатыр...
StatusRegisterFiles=Файлдар тіркеліп жатыр...
StatusSavingUninstall=Жою туралы мәлімет сақталып жатыр...
StatusRunProgram=Орнату аяқталып жатыр...
StatusRestartingApplications=Бағдарламалар қайта іске қосылып жатыр...
StatusRollback=Өзгерістер кері қайтарылып жатыр...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 сәтсіз аяқталды
ErrorFunctionFailed=%1 сәтсіз аяқталды; коды %2
ErrorFunctionFailedWithMessage=%1 сәтсіз аяқталды; коды %2.%n%3
ErrorExecutingProgram=Файл іске қосылмады:%n%1

; *** Registry errors
ErrorRegOpenKey=Тізілім кілті ашылмады:%n%1\%2
ErrorRegCreateKey=Тізілім кілті жасалмады:%n%1\%2
ErrorRegWriteKey=Тізілім кілтіне жазылмады:%n%1\%2

; *** INI errors
ErrorIniEntry=«%1» файлында INI жазбасы жасалмады.

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=Бұл файлды &өткізіп жіберу (ұсынылмайды)
FileAbortRetryIgnoreIgnoreNotRecommended=Қатеге &мән бермей жалғастыру (ұсынылмайды)
SourceIsCorrupted=Бастапқы файл бүлінген
SourceDoesntExist=«%1» бастапқы файлы жоқ
SourceVerificationFailed=Бастапқы файл тексеруден өтпеді: %1
VerificationSignatureDoesntExist=«%1» қолтаңба файлы жоқ
VerificationSignatureInvalid=«%1» қолтаңба файлы жарамсыз
VerificationKeyNotFound=«%1» қолтаңба файлы белгісіз кілтті пайдаланады
VerificationFileNameIncorrect=Файлдың аты дұрыс емес
VerificationFileTagIncorrect=Файлдың тегі дұрыс емес
VerificationFileSizeIncorrect=Файлдың өлшемі дұрыс емес
VerificationFileHashIncorrect=Файлдың хэші дұрыс емес
ExistingFileReadOnly2=Бар файлды ауыстыру мүмкін болмады: ол тек оқуға арналған деп белгіленген.
ExistingFileReadOnlyRetry=«Тек оқу үшін» төлсипатын &алып тастап, қайталау
ExistingFileReadOnlyKeepExisting=Бар файлды &қалдыру
ErrorReadingExistingDest=Бар файлды оқу кезінде қате шықты:
FileExistsSelectAction=Әрекетті таңдаңыз
FileExists2=Файл бұрыннан бар.
FileExistsOverwriteExisting=Бар файлдың &үстінен жазу
FileExistsKeepExisting=Бар файлды &қалдыру
FileExistsOverwriteOrKeepAll=Келесі қайшылықтарда да &осылай істеу
ExistingFileNewerSelectAction=Әрекетті таңдаңыз
ExistingFileNewer2=Бар файл орнату бағдарламасы орнатпақ болған файлдан жаңарақ.
ExistingFileNewerOverwriteExisting=Бар файлдың &үстінен жазу
ExistingFileNewerKeepExisting=Бар файлды &қалдыру (ұсынылады)
ExistingFileNewerOverwriteOrKeepAll=Келесі қайшылықтарда да &осылай істеу
ErrorChangingAttr=Бар файлдың төлсипаттарын өзгерту кезінде қате шықты:
ErrorCreatingTemp=Орнату қалтасында файл жасау кезінде қате шықты:
ErrorReadingSource=Бастапқы файлды оқу кезінде қате шықты:
ErrorCopying=Файлды көшіру кезінде қате шықты:
ErrorDownloading=Файлды жүктеу кезінде қате шықты:
ErrorExtracting=Мұрағатты шығару кезінде қате шықты:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате шықты:
ErrorRestartReplace=RestartReplace сәтсіз аяқталды:
ErrorRenamingTemp=Орнату қалтасындағы файлдың атын өзгерту кезінде қате шықты:
ErrorRegisterServer=DLL/OCX тіркелмеді: %1
ErrorRegSvr32Failed=RegSvr32 %1 шығу кодымен сәтсіз аяқталды
ErrorRegisterTypeLib=Түрлер кітапханасы тіркелмеді: %1

; *** Uninstall display name markings
UninstallDisplayNameMark=%1 (%2)
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 биттік
UninstallDisplayNameMark64Bit=64 биттік
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Post-installation errors
ErrorOpeningReadme=README файлын ашу кезінде қате шықты.
ErrorRestartingComputer=Орнату бағдарламасы компьютерді қайта іске қоса алмады. Мұны өзіңіз жасаңыз.

; *** Uninstaller messages
UninstallNotFound=«%1» файлы жоқ. Жою мүмкін емес.
UninstallOpenError=«%1» файлы ашылмады. Жою мүмкін емес
UninstallUnsupportedVer=«%1» жою журналының пішімін жою бағдарламасының бұл нұсқасы танымайды. Жою мүмкін емес
UninstallUnknownEntry=Жою журналында белгісіз жазба (%1) кездесті
ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдастарын толығымен жоюды шынымен қалайсыз ба?
UninstallOnlyOnWin64=Бұл бағдарламаны тек 64 биттік Windows жүйесінде жоюға болады.
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқығы бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден сәтті жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды өзіңіз жоя аласыз.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted=«%1» файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Ортақ файлды жою керек пе?
ConfirmDeleteSharedFile2=Жүйенің деректері бойынша мына ортақ файлды енді ешбір бағдарлама пайдаланбайды. Жою бағдарламасы бұл ортақ файлды жойсын ба?%n%nЕгер оны әлі де пайдаланатын бағдарламалар болса және файл жойылса, ол бағдарламалар дұрыс жұмыс істемеуі мүмкін. Сенімді болмасаңыз, «Жоқ» батырмасын таңдаңыз. Файлды жүйеде қалдыру ешқандай зиян келтірмейді.
SharedFileNameLabel=Файл аты:
SharedFileLocationLabel=Орны:
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылып жатыр...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылып жатыр.
ShutdownBlockReasonUninstallingApp=%1 жойылып жатыр.

[CustomMessages]

NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша жарлықтар:
CreateDesktopIcon=&Жұмыс үстелінде жарлық жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында жарлық жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 жою
LaunchProgram=%1 іске қосу
AssocFileExtension=%1 бағдарламасын %2 файл кеңейтімімен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 файл кеңейтімімен байланыстырылып жатыр...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 автоматты түрде іске қосу
AddonHostProgramNotFound=%1 таңдалған қалтадан табылмады.%n%nСонда да жалғастырасыз ба?
