"""Why a use case refused: a code, its data, and a message in Kazakh or Russian.

The services return codes and data; the words are here, in one bilingual table, so that the
GUI and the CLI say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kzth_desktop.annex.glossary import term
from kzth_desktop.annex.model import LANGUAGES, LocalizedText
from kzth_desktop.exchange.reasons import ImportReason, reason_message

if TYPE_CHECKING:
    from kzth_desktop.annex.model import Annex
    from kzth_desktop.annex.problems import Problem
    from kzth_desktop.annex.validation import ValidationReport


class ErrorCode(StrEnum):
    WORKSPACE_EXISTS = "workspace_exists"
    WORKSPACE_NOT_FOUND = "workspace_not_found"
    WORKSPACE_TOO_NEW = "workspace_too_new"
    WORKSPACE_BROKEN = "workspace_broken"
    UNKNOWN_ROLE = "unknown_role"
    WRONG_ROLE = "wrong_role"
    PROFILE_MISSING = "profile_missing"
    PROFILE_INVALID = "profile_invalid"
    NAME_REQUIRED = "name_required"
    REGION_REQUIRED = "region_required"
    UNKNOWN_REGION = "unknown_region"
    KIND_REQUIRED = "kind_required"
    UNKNOWN_KIND = "unknown_kind"
    BAD_EMAIL = "bad_email"
    BAD_YEAR = "bad_year"
    BAD_DATE = "bad_date"
    CAMPAIGN_EXISTS = "campaign_exists"
    NO_CAMPAIGN = "no_campaign"
    SUBMISSION_LOCKED = "submission_locked"
    BAD_TRANSITION = "bad_transition"
    NOT_VALID = "not_valid"
    ANSWERS_REFUSED = "answers_refused"
    FILE_UNREADABLE = "file_unreadable"
    FILE_MALFORMED = "file_malformed"
    FILE_SHAPE = "file_shape"
    REVIEW_COMMENT_REQUIRED = "review_comment_required"
    # keys and the files that travel (since issue 5)
    PASSPHRASE_REQUIRED = "passphrase_required"
    PASSPHRASE_TOO_SHORT = "passphrase_too_short"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_KEYS = "no_keys"
    KEYS_EXIST = "keys_exist"
    NO_REQUEST = "no_request"
    FILE_REFUSED = "file_refused"
    SIGNER_NOT_FOUND = "signer_not_found"
    SIGNER_REVOKED = "signer_revoked"
    # the coordinator's acceptance (issue 15)
    IMPORT_RUNNING = "import_running"
    SUBMISSION_NOT_FOUND = "submission_not_found"
    WITHDRAW_REASON_REQUIRED = "withdraw_reason_required"
    # a submission named by its number or its paper office (issue 19: paper ones have no key)
    HELD_NOT_CURRENT = "held_not_current"
    OFFICE_SUBMISSION_NOT_FOUND = "office_submission_not_found"
    UNKNOWN_FATE = "unknown_fate"
    # storage, exports and keys that fail cleanly (issue 15)
    DISK_FULL = "disk_full"
    WORKSPACE_BUSY = "workspace_busy"
    WORKSPACE_DAMAGED = "workspace_damaged"
    STORAGE_FAILED = "storage_failed"
    TARGET_FULL = "target_full"
    TARGET_NOT_WRITABLE = "target_not_writable"
    TARGET_FAILED = "target_failed"
    SEALED_KEY_INVALID = "sealed_key_invalid"
    PASSPHRASE_COMMON = "passphrase_common"
    PASSPHRASE_SIMPLE = "passphrase_simple"
    # corrections and results back to the offices (issue 17)
    RETURN_NOTES_REQUIRED = "return_notes_required"
    RETURN_FIELD_UNKNOWN = "return_field_unknown"
    RETURN_NOTE_REQUIRED = "return_note_required"
    NOTE_NOT_FOUND = "note_not_found"
    COMMENT_REQUIRED = "comment_required"
    RESULTS_NOT_FOUND = "results_not_found"
    # Windows offices (issue 20)
    FILE_IN_USE = "file_in_use"
    NETWORK_WORKSPACE = "network_workspace"
    # a workspace moved to a database server and back (issue 20)
    MOVE_TARGET_NOT_EMPTY = "move_target_not_empty"
    MOVE_SAME_PLACE = "move_same_place"
    MOVE_VERIFY_FAILED = "move_verify_failed"
    # offices on paper, keyed twice at the coordinator (issue 18)
    PAPER_OFFICE_NOT_FOUND = "paper_office_not_found"
    PAPER_OFFICE_KINDS = "paper_office_kinds"
    PAPER_KEYER_REQUIRED = "paper_keyer_required"
    PAPER_YEAR_DIFFERS = "paper_year_differs"
    PAPER_SAME_KEYER = "paper_same_keyer"
    PAPER_KEYED_ENOUGH = "paper_keyed_enough"
    PAPER_MODE_DIFFERS = "paper_mode_differs"
    PAPER_FORM_NOT_FOUND = "paper_form_not_found"
    PAPER_NOT_KEYED_TWICE = "paper_not_keyed_twice"
    PAPER_FIELD_UNKNOWN = "paper_field_unknown"
    PAPER_NOT_A_DISCREPANCY = "paper_not_a_discrepancy"
    PAPER_SUBMITTED = "paper_submitted"
    PAPER_BUNDLE_HELD = "paper_bundle_held"
    # the expert group (issue 21)
    EXPERT_NAME_REQUIRED = "expert_name_required"
    EXPERT_ORG_REQUIRED = "expert_org_required"
    EXPERT_ROLE_UNKNOWN = "expert_role_unknown"
    EXPERT_EXISTS = "expert_exists"
    EXPERT_NOT_FOUND = "expert_not_found"
    SOURCE_KIND_UNKNOWN = "source_kind_unknown"
    SOURCE_HEADING_UNKNOWN = "source_heading_unknown"
    ROUND_INVALID = "round_invalid"
    ROUND_NOT_READY = "round_not_ready"
    ROUND_CLOSED = "round_closed"
    BALLOT_UNREADABLE = "ballot_unreadable"
    BALLOT_NOT_ISSUED = "ballot_not_issued"
    BALLOT_OTHER_EXPERT = "ballot_other_expert"
    BALLOT_OTHER_ROUND = "ballot_other_round"
    BALLOT_OTHER_PERIOD = "ballot_other_period"
    BALLOT_RISKS_CHANGED = "ballot_risks_changed"
    BALLOT_REGISTER_CHANGED = "ballot_register_changed"
    BALLOT_VALUE_OUT_OF_RANGE = "ballot_value_out_of_range"
    BALLOT_VALUE_MISSING = "ballot_value_missing"
    BALLOT_EMPTY = "ballot_empty"
    TRANSMITTAL_INVALID = "transmittal_invalid"


MESSAGES: Mapping[ErrorCode, LocalizedText] = {
    ErrorCode.WORKSPACE_EXISTS: LocalizedText(
        kk="жұмыс кеңістігі бұрыннан бар: {path}",
        ru="рабочая папка уже создана: {path}",
    ),
    ErrorCode.WORKSPACE_NOT_FOUND: LocalizedText(
        kk="жұмыс кеңістігі табылмады: {path}; оны «kzth init» командасымен жасаңыз",
        ru="рабочая папка не найдена: {path}; создайте её командой «kzth init»",
    ),
    ErrorCode.WORKSPACE_TOO_NEW: LocalizedText(
        kk="жұмыс кеңістігін бағдарламаның жаңарақ нұсқасы жасаған (схема {revision}, бұл "
        "нұсқа {head} дейін біледі); оны жаңа нұсқамен ашыңыз, файл өзгертілмеді",
        ru="рабочая папка создана более новой версией программы (схема {revision}, эта версия "
        "знает до {head}); откройте её новой версией, файл не изменён",
    ),
    ErrorCode.WORKSPACE_BROKEN: LocalizedText(
        kk="жұмыс кеңістігін ашу мүмкін емес: {detail}",
        ru="рабочую папку не удаётся открыть: {detail}",
    ),
    ErrorCode.UNKNOWN_ROLE: LocalizedText(
        kk="белгісіз рөл «{role}»: respondent немесе coordinator болуы керек",
        ru="неизвестная роль «{role}»: нужна respondent или coordinator",
    ),
    ErrorCode.WRONG_ROLE: LocalizedText(
        kk="бұл әрекет тек {needed} жұмыс кеңістігінде орындалады, ал бұл — {role}",
        ru="это действие выполняется только в рабочей папке роли {needed}, а эта — {role}",
    ),
    ErrorCode.PROFILE_MISSING: LocalizedText(
        kk="ұйымның профилі толтырылмаған",
        ru="профиль организации не заполнен",
    ),
    ErrorCode.PROFILE_INVALID: LocalizedText(
        kk="ұйымның профилі қабылданбады:",
        ru="профиль организации не принят:",
    ),
    ErrorCode.NAME_REQUIRED: LocalizedText(
        kk="ұйымның атауы көрсетілмеген ({lang})",
        ru="не указано название организации ({lang})",
    ),
    ErrorCode.REGION_REQUIRED: LocalizedText(
        kk="өңір көрсетілмеген",
        ru="не указан регион",
    ),
    ErrorCode.UNKNOWN_REGION: LocalizedText(
        kk="«{region}» өңірі тізімде жоқ (ISO 3166-2:KZ коды қажет, мысалы KZ-75)",
        ru="региона «{region}» нет в перечне (нужен код ISO 3166-2:KZ, например KZ-75)",
    ),
    ErrorCode.KIND_REQUIRED: LocalizedText(
        kk="ұйымның түрі көрсетілмеген",
        ru="не указан вид организации",
    ),
    ErrorCode.UNKNOWN_KIND: LocalizedText(
        kk="«{kind}» ұйым түрі сауалнамада жоқ",
        ru="вида организации «{kind}» нет в опроснике",
    ),
    ErrorCode.BAD_EMAIL: LocalizedText(
        kk="электрондық пошта мекенжайы қате: «{email}»",
        ru="неверный адрес электронной почты: «{email}»",
    ),
    ErrorCode.BAD_YEAR: LocalizedText(
        kk="есепті жыл қате: «{year}»",
        ru="неверный отчетный год: «{year}»",
    ),
    ErrorCode.BAD_DATE: LocalizedText(
        kk="күн қате: «{value}», ЖЖЖЖ-АА-КК пішімі қажет",
        ru="неверная дата: «{value}», нужен формат ГГГГ-ММ-ДД",
    ),
    ErrorCode.CAMPAIGN_EXISTS: LocalizedText(
        kk="{year} есепті жылы бұрыннан қосылған",
        ru="отчетный год {year} уже добавлен",
    ),
    ErrorCode.NO_CAMPAIGN: LocalizedText(
        kk="{year} есепті жылы қосылмаған; оны «kzth campaign add --year {year}» "
        "командасымен қосыңыз",
        ru="отчетный год {year} не добавлен; добавьте его командой "
        "«kzth campaign add --year {year}»",
    ),
    ErrorCode.SUBMISSION_LOCKED: LocalizedText(
        kk="{year} жылғы жауаптарды өзгертуге болмайды, мәртебесі: «{status}»; алдымен "
        "оларды жобаға қайтарыңыз",
        ru="ответы за {year} год нельзя изменить, их статус: «{status}»; сначала верните их "
        "в черновик",
    ),
    ErrorCode.BAD_TRANSITION: LocalizedText(
        kk="{year} жылғы жауаптарды «{status}» мәртебесінен «{target}» мәртебесіне "
        "ауыстыруға болмайды",
        ru="ответы за {year} год нельзя перевести из статуса «{status}» в «{target}»",
    ),
    ErrorCode.NOT_VALID: LocalizedText(
        kk="{year} жылғы жауаптар дайын емес: {count} ескерту; оларды «kzth validate "
        "--year {year}» командасымен қараңыз",
        ru="ответы за {year} год не готовы: замечаний — {count}; посмотрите их командой "
        "«kzth validate --year {year}»",
    ),
    ErrorCode.ANSWERS_REFUSED: LocalizedText(
        kk="жауаптар қабылданбады, ештеңе өзгертілмеді (қателер саны: {count}):",
        ru="ответы не приняты, ничего не изменено (ошибок: {count}):",
    ),
    ErrorCode.FILE_UNREADABLE: LocalizedText(
        kk="файлды оқу мүмкін емес: {path} ({detail})",
        ru="файл не читается: {path} ({detail})",
    ),
    ErrorCode.FILE_MALFORMED: LocalizedText(
        kk="жауаптар файлы дұрыс JSON емес: {detail} ({line}-жол, {column}-баған); "
        "ештеңе өзгертілмеді",
        ru="файл ответов — не корректный JSON: {detail} (строка {line}, столбец {column}); "
        "ничего не изменено",
    ),
    ErrorCode.REVIEW_COMMENT_REQUIRED: LocalizedText(
        kk="қорытындыны түсініктемемен бірге жазыңыз: не тексерілді, не сұралды",
        ru="запишите решение с комментарием: что проверено или что запрошено",
    ),
    ErrorCode.FILE_SHAPE: LocalizedText(
        kk="жауаптар файлы {{\"reporting_year\": жыл, \"answers\": {{…}}}} түрінде болуы "
        "керек: {detail}; ештеңе өзгертілмеді",
        ru="файл ответов должен иметь вид {{\"reporting_year\": год, \"answers\": {{…}}}}: "
        "{detail}; ничего не изменено",
    ),
    ErrorCode.PASSPHRASE_REQUIRED: LocalizedText(
        kk="кілттердің құпия фразасы қажет: KZTH_PASSPHRASE айнымалысын немесе "
        "--passphrase-file параметрін беріңіз",
        ru="нужна парольная фраза ключей: задайте переменную KZTH_PASSPHRASE или параметр "
        "--passphrase-file",
    ),
    ErrorCode.PASSPHRASE_TOO_SHORT: LocalizedText(
        kk="құпия фраза тым қысқа: кемінде {min} таңба қажет",
        ru="парольная фраза слишком короткая: нужно не менее {min} символов",
    ),
    ErrorCode.WRONG_PASSPHRASE: LocalizedText(
        kk="құпия фраза дұрыс емес: кілт ашылмады",
        ru="неверная парольная фраза: ключ не открывается",
    ),
    ErrorCode.NO_KEYS: LocalizedText(
        kk="бұл жұмыс кеңістігінде кілттер әлі жасалмаған; оларды «kzth keys registration» "
        "(респондент) немесе «kzth request create» (үйлестіруші) жасайды",
        ru="в этой рабочей папке ещё нет ключей; их создаёт «kzth keys registration» "
        "(респондент) или «kzth request create» (координатор)",
    ),
    ErrorCode.KEYS_EXIST: LocalizedText(
        kk="бұл жұмыс кеңістігінің кілттері бұрыннан бар",
        ru="ключи этой рабочей папки уже созданы",
    ),
    ErrorCode.NO_REQUEST: LocalizedText(
        kk="үйлестірушінің сұрауы импортталмаған: жауаптарды кімге шифрлау керегі белгісіз; "
        "«kzth request import ФАЙЛ.kzreq» командасын орындаңыз",
        ru="запрос координатора не импортирован: неизвестно, для кого шифровать ответы; "
        "выполните «kzth request import ФАЙЛ.kzreq»",
    ),
    ErrorCode.FILE_REFUSED: LocalizedText(
        kk="«{file}» файлы қабылданбады: {detail}",
        ru="файл «{file}» не принят: {detail}",
    ),
    ErrorCode.SIGNER_NOT_FOUND: LocalizedText(
        kk="{fingerprint} кілті тіркелген кілттердің арасында жоқ",
        ru="ключа {fingerprint} нет среди зарегистрированных",
    ),
    ErrorCode.SIGNER_REVOKED: LocalizedText(
        kk="{fingerprint} кілті кері қайтарылған ({revoked_at}); респондент жаңа кілт тіркеуі керек",
        ru="ключ {fingerprint} отозван ({revoked_at}); респонденту нужно зарегистрировать новый ключ",
    ),
    ErrorCode.IMPORT_RUNNING: LocalizedText(
        kk="басқа импорт жүріп жатыр ({path}); ол аяқталғанда қайталаңыз, ештеңе өзгертілмеді",
        ru="идёт другой импорт ({path}); повторите, когда он закончится, ничего не изменено",
    ),
    ErrorCode.SUBMISSION_NOT_FOUND: LocalizedText(
        kk="{fingerprint} кілтінің {year} жылғы ағымдағы жауаптары жоқ",
        ru="текущих ответов ключа {fingerprint} за {year} год нет",
    ),
    ErrorCode.HELD_NOT_CURRENT: LocalizedText(
        kk="№{submission} жауаптар ағымдағы емес немесе жоқ; тізімі: «kzth submissions»",
        ru="ответы №{submission} не текущие или их нет; список: «kzth submissions»",
    ),
    ErrorCode.OFFICE_SUBMISSION_NOT_FOUND: LocalizedText(
        kk="№{office} кеңсенің («{org}») {year} жылғы ағымдағы жауаптары жоқ",
        ru="текущих ответов организации №{office} («{org}») за {year} год нет",
    ),
    ErrorCode.WITHDRAW_REASON_REQUIRED: LocalizedText(
        kk="кері алу себебін жазыңыз (ол аудитте сақталады)",
        ru="укажите причину отзыва ответов (она сохраняется в журнале)",
    ),
    ErrorCode.UNKNOWN_FATE: LocalizedText(
        kk="кілттің жауаптарымен не істеу керек: keep (есептеледі), withdraw (кері алынады) "
        "немесе suspect (есептеледі, күдікті деп белгіленеді), «{fate}» емес",
        ru="что делать с ответами ключа: keep (учитываются), withdraw (отзываются) или "
        "suspect (учитываются с пометкой «сомнительные»), а не «{fate}»",
    ),
    ErrorCode.DISK_FULL: LocalizedText(
        kk="дискіде орын жоқ: жұмыс кеңістігіне ({path}) жазу мүмкін болмады; орын босатыңыз",
        ru="диск заполнен: записать в рабочую папку ({path}) не удалось; освободите место",
    ),
    ErrorCode.WORKSPACE_BUSY: LocalizedText(
        kk="жұмыс кеңістігі бос емес (оған басқа бағдарлама жазып жатыр): {path}; "
        "біраздан кейін қайталаңыз",
        ru="рабочая папка занята (в неё пишет другая программа): {path}; повторите чуть позже",
    ),
    ErrorCode.WORKSPACE_DAMAGED: LocalizedText(
        kk="жұмыс кеңістігі бүлінген: {path} ({detail}); файлға ештеңе жазылмады, сақтық "
        "көшірмені қалпына келтіріңіз (backups қалтасы)",
        ru="рабочая папка повреждена: {path} ({detail}); в файл ничего не записано, "
        "восстановите резервную копию (папка backups)",
    ),
    ErrorCode.STORAGE_FAILED: LocalizedText(
        kk="жұмыс кеңістігіне ({path}) жазу не одан оқу мүмкін болмады: {detail}",
        ru="не удалось записать в рабочую папку или прочитать её ({path}): {detail}",
    ),
    ErrorCode.TARGET_FULL: LocalizedText(
        kk="«{folder}» қалтасында орын жетпейді: файлға {needed} байт қажет; орын босатыңыз "
        "немесе басқа қалтаны таңдаңыз, ештеңе жазылмады",
        ru="в папке «{folder}» не хватает места: файлу нужно {needed} байт; освободите место "
        "или выберите другую папку, ничего не записано",
    ),
    ErrorCode.TARGET_NOT_WRITABLE: LocalizedText(
        kk="«{folder}» қалтасына жазуға болмайды (тек оқуға арналған немесе рұқсат жоқ); "
        "басқа қалтаны таңдаңыз, ештеңе жазылмады",
        ru="в папку «{folder}» нельзя записать (только для чтения или нет прав); выберите "
        "другую папку, ничего не записано",
    ),
    ErrorCode.TARGET_FAILED: LocalizedText(
        kk="«{folder}» қалтасына файлды жазу мүмкін болмады: {detail}; ештеңе жазылмады",
        ru="не удалось записать файл в папку «{folder}»: {detail}; ничего не записано",
    ),
    ErrorCode.SEALED_KEY_INVALID: LocalizedText(
        kk="сақталған кілт қабылданбады: {detail}; кілт бүлінген немесе бөгде бағдарлама "
        "жазған, оны ашуға тырыспадық",
        ru="сохранённый ключ не принят: {detail}; ключ повреждён или записан чужой "
        "программой, открывать его не пытались",
    ),
    ErrorCode.PASSPHRASE_COMMON: LocalizedText(
        kk="бұл құпия фраза тым көп тараған (жиі қолданылатындардың тізімінде бар), "
        "оны оңай табады; өзіңіз ойлап тапқан бірнеше сөзден тұратын фраза таңдаңыз",
        ru="эта парольная фраза слишком распространена (есть в списке самых частых), её "
        "легко подобрать; выберите фразу из нескольких придуманных вами слов",
    ),
    ErrorCode.PASSPHRASE_SIMPLE: LocalizedText(
        kk="құпия фраза тым қарапайым: бір таңба қайталанады немесе ол пернетақтадағы не "
        "әліпбидегі қатар; өзіңіз ойлап тапқан бірнеше сөзден тұратын фраза таңдаңыз",
        ru="парольная фраза слишком простая: один повторяющийся символ или подряд идущие "
        "клавиши, буквы или цифры; выберите фразу из нескольких придуманных вами слов",
    ),
    ErrorCode.RETURN_NOTES_REQUIRED: LocalizedText(
        kk="түзетуге қайтару үшін кемінде бір өрісті және оған ескертуді көрсетіңіз "
        "(--field … --note …)",
        ru="чтобы вернуть на доработку, укажите хотя бы одно поле и замечание к нему "
        "(--field … --note …)",
    ),
    ErrorCode.RETURN_FIELD_UNKNOWN: LocalizedText(
        kk="сауалнамада «{field}» өрісі жоқ",
        ru="в опроснике нет поля «{field}»",
    ),
    ErrorCode.RETURN_NOTE_REQUIRED: LocalizedText(
        kk="«{field}» өрісіне ескерту жазыңыз: кеңсе не тексеру керегін білуі тиіс",
        ru="напишите замечание к полю «{field}»: организация должна знать, что проверить",
    ),
    ErrorCode.NOTE_NOT_FOUND: LocalizedText(
        kk="{year} жылы «{field}» өрісіне үйлестірушінің ашық ескертуі жоқ",
        ru="открытого замечания координатора к полю «{field}» за {year} год нет",
    ),
    ErrorCode.COMMENT_REQUIRED: LocalizedText(
        kk="түсініктеменің мәтінін жазыңыз",
        ru="напишите текст комментария",
    ),
    ErrorCode.RESULTS_NOT_FOUND: LocalizedText(
        kk="мұндай нәтижелер алынбаған: {results_id}",
        ru="таких результатов не получено: {results_id}",
    ),
    ErrorCode.FILE_IN_USE: LocalizedText(
        kk="«{path}» файлы басқа бағдарламада ашық тұр — оны жауып, қайталап көріңіз; "
        "ештеңе жазылмады",
        ru="файл «{path}» открыт в другой программе — закройте его и попробуйте снова; "
        "ничего не записано",
    ),
    ErrorCode.NETWORK_WORKSPACE: LocalizedText(
        kk="ескерту: жұмыс кеңістігі желілік қалтада ({path}, {fs}); SQLite мұндай "
        "қалтада сенімсіз жұмыс істейді (бұғаттаулар, WAL журналы) және деректер бүлінуі "
        "мүмкін; оны осы компьютердің дискісіне көшіріңіз",
        ru="внимание: рабочая папка находится в сетевой папке ({path}, {fs}); SQLite "
        "работает в ней ненадёжно (блокировки, журнал WAL), данные могут быть повреждены; "
        "перенесите её на диск этого компьютера",
    ),
    ErrorCode.MOVE_TARGET_NOT_EMPTY: LocalizedText(
        kk="жұмыс кеңістігін {target} орнына көшіру мүмкін емес: ол жерде деректер бар; бос "
        "қалтаны немесе бос дерекқорды көрсетіңіз",
        ru="перенести рабочее пространство в {target} нельзя: там уже есть данные; укажите "
        "пустую папку или пустую базу данных",
    ),
    ErrorCode.MOVE_SAME_PLACE: LocalizedText(
        kk="жұмыс кеңістігі қазірдің өзінде {target} орнында тұр",
        ru="рабочее пространство уже находится в {target}",
    ),
    ErrorCode.MOVE_VERIFY_FAILED: LocalizedText(
        kk="көшірме түпнұсқамен сәйкес келмеді ({detail}); көшірме жойылды, түпнұсқа "
        "өзгерген жоқ",
        ru="копия не совпала с исходным рабочим пространством ({detail}); копия удалена, "
        "исходное не изменилось",
    ),
    ErrorCode.PAPER_OFFICE_NOT_FOUND: LocalizedText(
        kk="қағаз нұсқада жауап беретін №{office} кеңсе тіркелмеген; тізімі: «kzth paper "
        "offices»",
        ru="организация №{office}, отвечающая на бумажном бланке, не зарегистрирована; "
        "список: «kzth paper offices»",
    ),
    ErrorCode.PAPER_OFFICE_KINDS: LocalizedText(
        kk="«{org}» кеңсесі басқа түрлермен тіркелген ({kinds}); оны --office {office} "
        "арқылы көрсетіңіз",
        ru="организация «{org}» зарегистрирована с другими видами ({kinds}); укажите её "
        "через --office {office}",
    ),
    ErrorCode.PAPER_KEYER_REQUIRED: LocalizedText(
        kk="бланкті енгізген оператордың атын көрсетіңіз (--keyer)",
        ru="укажите имя оператора, который вводит бланк (--keyer)",
    ),
    ErrorCode.PAPER_YEAR_DIFFERS: LocalizedText(
        kk="жауаптар файлы {file_year} жылға арналған, ал енгізу {year} жылға сұралды",
        ru="файл ответов относится к {file_year} году, а ввод запрошен за {year} год",
    ),
    ErrorCode.PAPER_SAME_KEYER: LocalizedText(
        kk="«{keyer}» бұл бланкті ({year} жыл) бір рет енгізді; екінші енгізуді басқа "
        "оператор жасауы тиіс",
        ru="«{keyer}» уже вводил(а) этот бланк ({year} год); второй ввод должен сделать "
        "другой оператор",
    ),
    ErrorCode.PAPER_KEYED_ENOUGH: LocalizedText(
        kk="бұл бланк ({year} жыл) енгізіліп қойған ({count} рет); үшінші енгізу "
        "қабылданбайды, айырмашылықтарды қағазбен салыстырып шешіңіз",
        ru="этот бланк ({year} год) уже введён ({count} раз(а)); третий ввод не принимается, "
        "разрешите расхождения, сверяясь с бумагой",
    ),
    ErrorCode.PAPER_MODE_DIFFERS: LocalizedText(
        kk="бұл бланк ({year} жыл) қос енгізуге бастап енгізілген; бір рет енгізу тек "
        "бірінші енгізуде таңдалады",
        ru="этот бланк ({year} год) начат для двойного ввода; однократный ввод выбирается "
        "только при первом вводе",
    ),
    ErrorCode.PAPER_FORM_NOT_FOUND: LocalizedText(
        kk="№{office} кеңсенің {year} жылғы бланкі әлі енгізілмеген",
        ru="бланк организации №{office} за {year} год ещё не вводился",
    ),
    ErrorCode.PAPER_NOT_KEYED_TWICE: LocalizedText(
        kk="№{office} кеңсенің {year} жылғы бланкі бір рет қана енгізілді; айырмашылықтар "
        "басқа оператордың екінші енгізуінен кейін шығады",
        ru="бланк организации №{office} за {year} год введён только один раз; расхождения "
        "появятся после второго ввода другим оператором",
    ),
    ErrorCode.PAPER_FIELD_UNKNOWN: LocalizedText(
        kk="сауалнамада «{field}» өрісі жоқ",
        ru="в опроснике нет поля «{field}»",
    ),
    ErrorCode.PAPER_NOT_A_DISCREPANCY: LocalizedText(
        kk="«{field}» өрісінде екі енгізу бірдей; тек айырмашылықтар шешіледі",
        ru="в поле «{field}» оба ввода совпадают; разрешаются только расхождения",
    ),
    ErrorCode.PAPER_SUBMITTED: LocalizedText(
        kk="№{office} кеңсенің {year} жылғы бланкі тексеріліп, жауап ретінде қабылданған; "
        "оны енді өзгертуге болмайды",
        ru="бланк организации №{office} за {year} год уже сверен и принят как ответ; "
        "изменить его больше нельзя",
    ),
    ErrorCode.PAPER_BUNDLE_HELD: LocalizedText(
        kk="«{org}» {year} жылға электрондық жауап жіберген ({version}-нұсқа); қағаз бланк "
        "оны алмастырмайды, енгізу қабылданбады",
        ru="«{org}» уже прислала электронный ответ за {year} год (версия {version}); "
        "бумажный бланк его не заменяет, ввод не принят",
    ),
    # the expert group (issue 21)
    ErrorCode.EXPERT_NAME_REQUIRED: LocalizedText(
        kk="сараптама тобының тізіліміне енгізу үшін адамның аты-жөнін жазыңыз",
        ru="чтобы внести человека в реестр экспертной группы, укажите его фамилию и имя",
    ),
    ErrorCode.EXPERT_ORG_REQUIRED: LocalizedText(
        kk="«{name}» қай ұйымның өкілі екенін көрсетіңіз (--org)",
        ru="укажите, какую организацию представляет «{name}» (--org)",
    ),
    ErrorCode.EXPERT_ROLE_UNKNOWN: LocalizedText(
        kk="рөл member (сараптама тобының мүшесі) немесе specialist (Қағидалардың "
        "16-тармағы бойынша тартылған маман) болуы керек, берілгені: {role}",
        ru="роль — member (член экспертной группы) или specialist (специалист, привлеченный "
        "по пункту 16 Правил), указано: {role}",
    ),
    ErrorCode.EXPERT_EXISTS: LocalizedText(
        kk="«{name}» сараптама тобының тізілімінде бұрыннан бар (№{id})",
        ru="«{name}» уже есть в реестре экспертной группы (№{id})",
    ),
    ErrorCode.EXPERT_NOT_FOUND: LocalizedText(
        kk="сараптама тобының тізілімінде «{expert}» жоқ; алдымен оны енгізіңіз: kzth "
        "assessment expert add",
        ru="в реестре экспертной группы нет «{expert}»; сначала внесите его: kzth assessment "
        "expert add",
    ),
    ErrorCode.SOURCE_KIND_UNKNOWN: LocalizedText(
        kk="ақпарат сипаты Қағидалардың 8-тармағындағы жетеудің бірі болуы керек ({kinds}), "
        "берілгені: {kind}",
        ru="характер информации — один из семи по пункту 8 Правил ({kinds}), указано: {kind}",
    ),
    ErrorCode.SOURCE_HEADING_UNKNOWN: LocalizedText(
        kk="талдау мәселесінің нөмірі 1-ден 9-ға дейін (Қағидалардың 14-тармағы), "
        "берілгені: {heading}",
        ru="номер вопроса анализа — от 1 до 9 (пункт 14 Правил), указано: {heading}",
    ),
    ErrorCode.ROUND_INVALID: LocalizedText(
        kk="тур нөмірі 1-ден бастап болуы керек, берілгені: {round}",
        ru="номер тура — от 1, указано: {round}",
    ),
    ErrorCode.ROUND_NOT_READY: LocalizedText(
        kk="{round}-тур бюллетенін шығаруға болмайды: {previous}-турда әлі ешкім жауап "
        "бермеген, топтың медианалары жоқ",
        ru="бюллетень {round}-го тура выпустить нельзя: в {previous}-м туре еще никто не "
        "ответил, медиан группы нет",
    ),
    ErrorCode.ROUND_CLOSED: LocalizedText(
        kk="{round}-тур жабық: {later}-тур бюллетендері шығарылған, оларда алдыңғы турдың "
        "медианалары бар",
        ru="{round}-й тур закрыт: выпущены бюллетени {later}-го тура с медианами предыдущего",
    ),
    ErrorCode.BALLOT_UNREADABLE: LocalizedText(
        kk="{path} сараптама тобының бюллетені ретінде оқылмады: {detail}",
        ru="{path} не читается как бюллетень экспертной группы: {detail}",
    ),
    ErrorCode.BALLOT_NOT_ISSUED: LocalizedText(
        kk="{cell} ұяшығындағы бюллетень осы жұмыс кеңістігінен шығарылмаған (белгісіз "
        "белгі): басқа үйлестірушінің немесе өзгертілген файл",
        ru="бюллетень в ячейке {cell} не выпускался этой рабочей папкой (неизвестная "
        "метка): файл другого координатора или измененный",
    ),
    ErrorCode.BALLOT_OTHER_EXPERT: LocalizedText(
        kk="{cell} ұяшығы: бюллетень №{issued} сарапшыға шығарылған, ал файлда №{found} "
        "көрсетілген; бюллетень қабылданбады",
        ru="ячейка {cell}: бюллетень выпущен эксперту №{issued}, а в файле указан №{found}; "
        "бюллетень не принят",
    ),
    ErrorCode.BALLOT_OTHER_ROUND: LocalizedText(
        kk="{cell} ұяшығы: бюллетень {issued}-турға шығарылған, ал файлда {found}-тур "
        "көрсетілген; бюллетень қабылданбады",
        ru="ячейка {cell}: бюллетень выпущен на {issued}-й тур, а в файле указан {found}-й; "
        "бюллетень не принят",
    ),
    ErrorCode.BALLOT_OTHER_PERIOD: LocalizedText(
        kk="{cell} ұяшығы: бюллетень {issued} кезеңіне шығарылған, ал файлда {found} "
        "көрсетілген; бюллетень қабылданбады",
        ru="ячейка {cell}: бюллетень выпущен за период {issued}, а в файле указан {found}; "
        "бюллетень не принят",
    ),
    ErrorCode.BALLOT_RISKS_CHANGED: LocalizedText(
        kk="{cell} ұяшығы: бюллетеньдегі тәуекелдер тізімі өзгертілген (күтілгені: "
        "«{expected}», табылғаны: «{found}»); жолдарды жылжытпаңыз және жоймаңыз",
        ru="ячейка {cell}: список рисков в бюллетене изменен (ожидалось: «{expected}», "
        "найдено: «{found}»); не переставляйте и не удаляйте строки",
    ),
    ErrorCode.BALLOT_REGISTER_CHANGED: LocalizedText(
        kk="бюллетень шығарылғаннан кейін кезеңнің тәуекелдер тізілімі өзгерді; "
        "сарапшыға жаңа бюллетень шығарыңыз",
        ru="после выпуска бюллетеня реестр рисков периода изменился; выпустите эксперту "
        "новый бюллетень",
    ),
    ErrorCode.BALLOT_VALUE_OUT_OF_RANGE: LocalizedText(
        kk="{cell} ұяшығы: баға 1-ден 5-ке дейінгі бүтін сан болуы керек, берілгені: "
        "{value}; бюллетень қабылданбады",
        ru="ячейка {cell}: оценка — целое число от 1 до 5, указано: {value}; бюллетень не "
        "принят",
    ),
    ErrorCode.BALLOT_VALUE_MISSING: LocalizedText(
        kk="{cell} ұяшығы бос: тәуекелдің ықтималдығы да, салдары да бағалануы керек "
        "(немесе екеуі де бос қалады)",
        ru="ячейка {cell} пуста: у риска оцениваются и вероятность, и последствия (или обе "
        "остаются пустыми)",
    ),
    ErrorCode.BALLOT_EMPTY: LocalizedText(
        kk="бюллетеньде бірде-бір баға жоқ: ештеңе жазылмады",
        ru="в бюллетене нет ни одной оценки: ничего не записано",
    ),
    ErrorCode.TRANSMITTAL_INVALID: LocalizedText(
        kk="ілеспе хаттың деректері дұрыс емес: {detail}",
        ru="неверные данные сопроводительного письма: {detail}",
    ),
}

STATUS_NAMES: Mapping[str, LocalizedText] = {
    "draft": term("draft"),
    "ready": term("ready"),
    "exported": term("exported"),
    "returned": LocalizedText(kk="түзетуге қайтарылды", ru="возвращено на доработку"),
}

# the coordinator's word on a held submission (issue 17)
REVIEW_NAMES: Mapping[str, LocalizedText] = {
    "accepted": LocalizedText(kk="қабылданды", ru="принято"),
    "returned": LocalizedText(kk="түзетуге қайтарылды", ru="возвращено на доработку"),
    "corrected": LocalizedText(kk="түзетілді", ru="исправлено"),
}

ROLE_NAMES: Mapping[str, LocalizedText] = {
    "respondent": LocalizedText(kk="респондент", ru="респондент"),
    "coordinator": LocalizedText(kk="үйлестіруші", ru="координатор"),
}

_LANG_NAMES = {"kk": LocalizedText("қазақша", "на казахском"),
               "ru": LocalizedText("орысша", "на русском")}


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")


class ServiceError(Exception):
    """A refused use case: ``code`` and ``params`` for programs, ``message(lang)`` for people."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("ru"))

    def _shown(self, lang: str) -> dict[str, str]:
        shown = {k: str(v) for k, v in self.params.items()}
        for key in ("status", "target"):
            name = STATUS_NAMES.get(str(self.params.get(key)))
            if name is not None:
                shown[key] = name.get(lang)
        for key in ("role", "needed"):
            name = ROLE_NAMES.get(str(self.params.get(key)))
            if name is not None:
                shown[key] = name.get(lang)
        if self.code is ErrorCode.NAME_REQUIRED and self.params.get("lang") in _LANG_NAMES:
            shown["lang"] = _LANG_NAMES[self.params["lang"]].get(lang)
        return shown

    def message(self, lang: str) -> str:
        _check_lang(lang)
        return MESSAGES[self.code].get(lang).format_map(self._shown(lang))

    def details(self, lang: str) -> list[str]:
        """Lines that follow the message (one per problem), if the error has several parts."""
        return []

    def to_json(self, lang: str) -> dict[str, Any]:
        return {"code": self.code.value, "params": dict(self.params),
                "message": self.message(lang), "details": self.details(lang)}


class ProfileError(ServiceError):
    """An organisation profile with one or more problems (each a ServiceError of its own)."""

    def __init__(self, errors: Iterable[ServiceError]) -> None:
        self.errors = tuple(errors)
        super().__init__(ErrorCode.PROFILE_INVALID, count=len(self.errors))

    @property
    def codes(self) -> tuple[ErrorCode, ...]:
        return tuple(e.code for e in self.errors)

    def details(self, lang: str) -> list[str]:
        return [e.message(lang) for e in self.errors]


class AnswersError(ServiceError):
    """Answers not accepted (nothing was changed); ``problems`` lists each with its field id."""

    def __init__(self, annex: Annex, problems: Iterable[Problem], **params: Any) -> None:
        self.annex = annex
        self.problems = tuple(problems)
        super().__init__(ErrorCode.ANSWERS_REFUSED, count=len(self.problems), **params)

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(p.field_id or "" for p in self.problems)

    def details(self, lang: str) -> list[str]:
        return [f"{p.field_id}: {p.message(self.annex, lang)}" for p in self.problems]

    def to_json(self, lang: str) -> dict[str, Any]:
        out = super().to_json(lang)
        out["problems"] = [p.to_json(self.annex, lang) for p in self.problems]
        return out


class FileRefusedError(ServiceError):
    """A received file refused (request, registration): its reason code and message."""

    def __init__(self, file: str, reason: ImportReason, **params: Any) -> None:
        self.reason = reason
        self.reason_params = params
        super().__init__(ErrorCode.FILE_REFUSED, file=file, reason=reason.value)

    def message(self, lang: str) -> str:
        _check_lang(lang)
        detail = reason_message(self.reason, lang, self.reason_params)
        return MESSAGES[self.code].get(lang).format(file=self.params["file"], detail=detail)


class NotValidError(ServiceError):
    """Answers not ready to leave the workspace: the validation problems, each with its field."""

    def __init__(self, annex: Annex, report: ValidationReport, year: int) -> None:
        self.annex = annex
        self.report = report
        super().__init__(ErrorCode.NOT_VALID, year=year, count=len(report.problems))

    def details(self, lang: str) -> list[str]:
        return [f"{p.field_id}: {p.message(self.annex, lang)}" for p in self.report.problems]

    def to_json(self, lang: str) -> dict[str, Any]:
        out = super().to_json(lang)
        out["problems"] = [p.to_json(self.annex, lang) for p in self.report.problems]
        return out
