"""Why a received file was refused (or held back): a code and a message in Kazakh and Russian."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from kzth_desktop.annex.model import LocalizedText


class ImportReason(StrEnum):
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    CONTAINER_MALFORMED = "container_malformed"
    CONTAINER_UNSAFE_PATH = "container_unsafe_path"
    CONTAINER_ENTRIES = "container_entries"
    CONTAINER_ENTRY_TOO_LARGE = "container_entry_too_large"
    CONTAINER_NONCANONICAL = "container_noncanonical"
    WRONG_FORMAT = "wrong_format"
    UNSUPPORTED_VERSION = "unsupported_version"
    MANIFEST_MALFORMED = "manifest_malformed"
    WRONG_RECIPIENT = "wrong_recipient"
    UNKNOWN_SIGNER = "unknown_signer"
    SIGNER_REVOKED = "signer_revoked"
    BAD_SIGNATURE = "bad_signature"
    PAYLOAD_HASH_MISMATCH = "payload_hash_mismatch"
    DECRYPTION_FAILED = "decryption_failed"
    PAYLOAD_MALFORMED = "payload_malformed"
    PAYLOAD_MISMATCH = "payload_mismatch"
    ANNEX_VERSION_UNKNOWN = "annex_version_unknown"
    ANNEX_VERSION_EARLIER = "annex_version_earlier"  # a request for an earlier definition
    ANSWERS_INVALID = "answers_invalid"
    NOT_NEWER = "not_newer"
    COORDINATOR_CHANGED = "coordinator_changed"
    INTERNAL_ERROR = "internal_error"
    # issue 15: what the coordinator approved and issued binds the bundle
    IDENTITY_MISMATCH = "identity_mismatch"
    UNKNOWN_REQUEST = "unknown_request"
    NOT_REGULAR_FILE = "not_regular_file"
    # issue 17: what the coordinator sends back to the offices
    COORDINATOR_UNKNOWN = "coordinator_unknown"
    NOT_FOR_THIS_OFFICE = "not_for_this_office"
    NOTICE_OUTDATED = "notice_outdated"
    NOT_FROM_COORDINATOR = "not_from_coordinator"


REASON_MESSAGES: Mapping[ImportReason, LocalizedText] = {
    ImportReason.FILE_UNREADABLE: LocalizedText(
        kk="файлды оқу мүмкін емес ({detail})",
        ru="файл не читается ({detail})",
    ),
    ImportReason.FILE_TOO_LARGE: LocalizedText(
        kk="файл тым үлкен: {size} байт, ең көбі {limit} байт",
        ru="файл слишком большой: {size} байт, допускается не более {limit}",
    ),
    ImportReason.CONTAINER_MALFORMED: LocalizedText(
        kk="файл бүлінген немесе KZTH файлы емес ({detail})",
        ru="файл повреждён или не является файлом KZTH ({detail})",
    ),
    ImportReason.CONTAINER_UNSAFE_PATH: LocalizedText(
        kk="файлдың ішінде рұқсат етілмеген жол бар: «{name}»",
        ru="внутри файла недопустимый путь: «{name}»",
    ),
    ImportReason.CONTAINER_ENTRIES: LocalizedText(
        kk="файлдың құрамы дұрыс емес: күтілгені {expected}, табылғаны {found}",
        ru="неверный состав файла: ожидалось {expected}, найдено {found}",
    ),
    ImportReason.CONTAINER_ENTRY_TOO_LARGE: LocalizedText(
        kk="файлдың ішіндегі «{name}» тым үлкен: {size} байт, ең көбі {limit} байт",
        ru="часть файла «{name}» слишком велика: {size} байт, допускается не более {limit}",
    ),
    ImportReason.CONTAINER_NONCANONICAL: LocalizedText(
        kk="файл бағдарлама жасағандай емес, өзгертілген ({detail})",
        ru="файл не в том виде, в каком его создаёт программа: он изменён ({detail})",
    ),
    ImportReason.WRONG_FORMAT: LocalizedText(
        kk="бұл файл {expected} емес, ол — {found}",
        ru="это не {expected}, а {found}",
    ),
    ImportReason.UNSUPPORTED_VERSION: LocalizedText(
        kk="файл пішімінің {version}-нұсқасын бұл бағдарлама білмейді; жаңа нұсқасын орнатыңыз",
        ru="версию формата файла {version} эта программа не знает; установите новую версию",
    ),
    ImportReason.MANIFEST_MALFORMED: LocalizedText(
        kk="файлдың сипаттамасы дұрыс емес ({detail})",
        ru="описание внутри файла неверно ({detail})",
    ),
    ImportReason.WRONG_RECIPIENT: LocalizedText(
        kk="файл басқа үйлестірушіге арналған (кілті {recipient}), бұл жұмыс кеңістігіне емес",
        ru="файл предназначен другому координатору (ключ {recipient}), не этой рабочей папке",
    ),
    ImportReason.UNKNOWN_SIGNER: LocalizedText(
        kk="жіберушінің кілті тіркелмеген ({fingerprint}, «{org}»); файл карантинде, кілт "
        "тіркелгенде қабылданады",
        ru="ключ отправителя не зарегистрирован ({fingerprint}, «{org}»); файл в карантине и "
        "будет принят после регистрации ключа",
    ),
    ImportReason.SIGNER_REVOKED: LocalizedText(
        kk="жіберушінің кілті кері қайтарылған ({fingerprint}, {revoked_at})",
        ru="ключ отправителя отозван ({fingerprint}, {revoked_at})",
    ),
    ImportReason.BAD_SIGNATURE: LocalizedText(
        kk="қолтаңба расталмады: файл өзгертілген немесе басқа кілтпен қол қойылған",
        ru="подпись не подтверждается: файл изменён или подписан другим ключом",
    ),
    ImportReason.PAYLOAD_HASH_MISMATCH: LocalizedText(
        kk="шифрланған бөліктің хэші қол қойылған сипаттамаға сәйкес емес: файл өзгертілген",
        ru="хэш зашифрованной части не совпадает с подписанным описанием: файл изменён",
    ),
    ImportReason.DECRYPTION_FAILED: LocalizedText(
        kk="файлды осы үйлестірушінің кілтімен ашу мүмкін емес",
        ru="файл не расшифровывается ключом этого координатора",
    ),
    ImportReason.PAYLOAD_MALFORMED: LocalizedText(
        kk="шифрланған жауаптар дұрыс емес ({detail})",
        ru="зашифрованные ответы неверны ({detail})",
    ),
    ImportReason.PAYLOAD_MISMATCH: LocalizedText(
        kk="шифрланған жауаптардағы «{field}» сипаттамаға сәйкес емес",
        ru="поле «{field}» в зашифрованных ответах не совпадает с описанием",
    ),
    ImportReason.ANNEX_VERSION_UNKNOWN: LocalizedText(
        kk="сауалнаманың «{annex_version}» нұсқасы бұл бағдарламаға белгісіз",
        ru="версия опросника «{annex_version}» этой программе неизвестна",
    ),
    ImportReason.ANNEX_VERSION_EARLIER: LocalizedText(
        kk="сұрау сауалнаманың бұрынғы редакциясы (r{revision}) бойынша жасалған, ал бұл "
        "бағдарлама r{current} редакциясын толтырады; үйлестірушіге бағдарламаны жаңартып, "
        "сұрауды қайта жіберуін сұраңыз",
        ru="запрос составлен по прежней редакции опросника (r{revision}), а эта программа "
        "заполняет редакцию r{current}; попросите координатора обновить программу и "
        "прислать запрос заново",
    ),
    ImportReason.ANSWERS_INVALID: LocalizedText(
        kk="жауаптар сауалнамаға сәйкес емес: {count} ескерту, мысалы {first}",
        ru="ответы не соответствуют опроснику: замечаний {count}, например {first}",
    ),
    ImportReason.NOT_NEWER: LocalizedText(
        kk="{year} жылғы {version}-нұсқа жаңа емес: {held}-нұсқа бұрыннан бар",
        ru="версия {version} за {year} год не новее уже полученной версии {held}",
    ),
    ImportReason.COORDINATOR_CHANGED: LocalizedText(
        kk="сұрауға басқа үйлестірушінің кілті қол қойған ({fingerprint}, бұрын {pinned}); "
        "кілтті телефонмен тексеріп, жаңа үйлестірушіні растаңыз",
        ru="запрос подписан ключом другого координатора ({fingerprint}, ранее {pinned}); "
        "сверьте ключ по телефону и подтвердите нового координатора",
    ),
    ImportReason.INTERNAL_ERROR: LocalizedText(
        kk="файлды тексеру кезінде ішкі қате: {detail}; файл сақталды",
        ru="внутренняя ошибка при проверке файла: {detail}; файл сохранён",
    ),
    ImportReason.IDENTITY_MISMATCH: LocalizedText(
        kk="файлдағы ұйым ({field}: «{claimed}») кілт бекітілген ұйымға сәйкес емес "
        "(«{approved}»); респондент профилін түзетсін немесе жаңа тіркеу файлын жіберсін",
        ru="организация в файле ({field}: «{claimed}») не та, для которой одобрен ключ "
        "(«{approved}»); респондент должен исправить профиль или прислать новую регистрацию",
    ),
    ImportReason.UNKNOWN_REQUEST: LocalizedText(
        kk="файл осы үйлестіруші жібермеген сұрауға жауап береді ({year} жыл, сұрау "
        "«{request_id}»); респондент {year} жылғы сұрауды импорттап, пакетті қайта жасасын",
        ru="файл отвечает на запрос, который этот координатор не выдавал ({year} год, запрос "
        "«{request_id}»); респондент должен импортировать запрос за {year} год и создать пакет "
        "заново",
    ),
    ImportReason.NOT_REGULAR_FILE: LocalizedText(
        kk="бұл кәдімгі файл емес ({kind}), ол оқылмады",
        ru="это не обычный файл ({kind}), он не читался",
    ),
    ImportReason.COORDINATOR_UNKNOWN: LocalizedText(
        kk="файлға бұл жұмыс кеңістігі білмейтін кілт қол қойған ({fingerprint}); алдымен "
        "осы үйлестірушінің сұрауын импорттаңыз (кілтті телефонмен тексеріп)",
        ru="файл подписан ключом, которого эта рабочая папка не знает ({fingerprint}); сначала "
        "импортируйте запрос этого координатора (сверив ключ по телефону)",
    ),
    ImportReason.NOT_FOR_THIS_OFFICE: LocalizedText(
        kk="файл басқа ұйымға арналған (кілті {fingerprint}), бұл жұмыс кеңістігіне емес",
        ru="файл предназначен другой организации (ключ {fingerprint}), не этой рабочей папке",
    ),
    ImportReason.NOTICE_OUTDATED: LocalizedText(
        kk="файл ескірген: ол {year} жылғы {version}-нұсқаға қатысты, ал қазір {current}-нұсқа",
        ru="файл устарел: он относится к версии {version} за {year} год, а текущая — {current}",
    ),
    ImportReason.NOT_FROM_COORDINATOR: LocalizedText(
        kk="бұл үйлестірушіден келетін файл емес ({found}); үйлестірушіден сұрау (.kzreq), "
        "түзетуге қайтару (.kzret) немесе нәтижелер (.kzres) келеді",
        ru="это не файл от координатора ({found}); от координатора приходят запрос (.kzreq), "
        "возврат на доработку (.kzret) или результаты (.kzres)",
    ),
}


# What to do about each refusal, for the coordinator's inbox (and the office, for the files the
# coordinator sends back): one sentence a clerk can act on. Several reasons share one fix.
_RESEND = LocalizedText(
    kk="Ұйымнан файлды қайта экспорттап, жаңадан жіберуін сұраңыз (USB немесе электрондық "
    "пошта арқылы); бұл файл өзгеріссіз сақталды.",
    ru="Попросите организацию выгрузить файл заново и прислать его ещё раз (USB или "
    "электронная почта); этот файл сохранён без изменений.",
)
_OTHER_FILE = LocalizedText(
    kk="Бұл KZTH жауаптар файлы емес: ұйымнан «Жауаптарды үйлестірушіге экспорттау» арқылы жасалған .kzth "
    "файлын жіберуін сұраңыз.",
    ru="Это не файл ответов KZTH: попросите организацию прислать файл .kzth, созданный "
    "командой «Выгрузить ответы для координатора».",
)
_UPDATE = LocalizedText(
    kk="Файл бағдарламаның басқа нұсқасымен жасалған: бағдарламаның бір нұсқасын орнатып, "
    "файлды қайта экспорттаңыз.",
    ru="Файл создан другой версией программы: установите одну версию программы и выгрузите "
    "файл заново.",
)
_FROM_COORDINATOR = LocalizedText(
    kk="Үйлестірушіден келген файлдың түпнұсқасын қайта алыңыз; оның қолтаңба кілтін "
    "телефон арқылы тексеріңіз.",
    ru="Получите файл координатора заново; его ключ подписи сверьте по телефону.",
)
REASON_FIXES: Mapping[ImportReason, LocalizedText] = {
    ImportReason.FILE_UNREADABLE: LocalizedText(
        kk="Файлды компьютердің дискісіне көшіріп, қайта импорттаңыз; ашылмаса, ұйымнан "
        "қайта жіберуін сұраңыз.",
        ru="Скопируйте файл на диск компьютера и импортируйте снова; если не открывается, "
        "попросите организацию прислать его ещё раз.",
    ),
    ImportReason.FILE_TOO_LARGE: _OTHER_FILE,
    ImportReason.CONTAINER_MALFORMED: _RESEND,
    ImportReason.CONTAINER_UNSAFE_PATH: _OTHER_FILE,
    ImportReason.CONTAINER_ENTRIES: _OTHER_FILE,
    ImportReason.CONTAINER_ENTRY_TOO_LARGE: _OTHER_FILE,
    ImportReason.CONTAINER_NONCANONICAL: _RESEND,
    ImportReason.WRONG_FORMAT: _OTHER_FILE,
    ImportReason.UNSUPPORTED_VERSION: _UPDATE,
    ImportReason.MANIFEST_MALFORMED: _RESEND,
    ImportReason.WRONG_RECIPIENT: LocalizedText(
        kk="Файл басқа үйлестірушінің кілтіне шифрланған: ұйымнан осы жылғы сұрауды "
        "импорттап, жауаптарды қайта экспорттауын сұраңыз.",
        ru="Файл зашифрован для ключа другого координатора: попросите организацию "
        "импортировать запрос этого года и выгрузить ответы заново.",
    ),
    ImportReason.UNKNOWN_SIGNER: LocalizedText(
        kk="Ұйымның кілтін телефон арқылы тексеріп, «Қол қоюшылар» қойындысында бекітіңіз; "
        "содан кейін бұл файл өздігінен импортталады.",
        ru="Сверьте ключ организации по телефону и подтвердите его на вкладке «Отправители»; "
        "после этого файл будет импортирован сам.",
    ),
    ImportReason.SIGNER_REVOKED: LocalizedText(
        kk="Бұл кілт кері қайтарылған: ұйым жаңа кілт жасап, тіркеуді қайта жіберуі керек.",
        ru="Этот ключ отозван: организации нужно создать новый ключ и прислать регистрацию "
        "заново.",
    ),
    ImportReason.BAD_SIGNATURE: _RESEND,
    ImportReason.PAYLOAD_HASH_MISMATCH: _RESEND,
    ImportReason.DECRYPTION_FAILED: _RESEND,
    ImportReason.PAYLOAD_MALFORMED: _RESEND,
    ImportReason.PAYLOAD_MISMATCH: _RESEND,
    ImportReason.ANNEX_VERSION_UNKNOWN: _UPDATE,
    ImportReason.ANNEX_VERSION_EARLIER: _UPDATE,
    ImportReason.ANSWERS_INVALID: LocalizedText(
        kk="Ұйымнан ескертулерді түзетіп («Жауаптарды тексеру»), жауаптарды қайта экспорттауын сұраңыз.",
        ru="Попросите организацию исправить замечания («Проверить ответы») и выгрузить ответы "
        "заново.",
    ),
    ImportReason.NOT_NEWER: LocalizedText(
        kk="Осы немесе жаңарақ нұсқа бұрыннан бар: ештеңе істеудің қажеті жоқ; түзету "
        "керек болса, ұйым жаңа нұсқаны экспорттайды.",
        ru="Эта или более новая версия уже есть: делать ничего не нужно; если нужна "
        "поправка, организация выгружает новую версию.",
    ),
    ImportReason.COORDINATOR_CHANGED: _FROM_COORDINATOR,
    ImportReason.INTERNAL_ERROR: LocalizedText(
        kk="Бағдарламаның ішкі қатесі: журнал қалтасын («Анықтама» мәзірі) IT қызметіне "
        "жіберіңіз; файл өзгеріссіз сақталды.",
        ru="Внутренняя ошибка программы: отправьте папку журнала (меню «Справка») в "
        "IT-службу; файл сохранён без изменений.",
    ),
    ImportReason.IDENTITY_MISMATCH: LocalizedText(
        kk="Файл бекітілген кілттен басқа ұйымның атынан келген: ұйыммен телефон арқылы "
        "хабарласыңыз; оның профилі тіркеудегідей болуы керек.",
        ru="Файл подписан от имени другой организации, чем подтверждённый ключ: свяжитесь с "
        "организацией по телефону; её профиль должен совпадать с регистрацией.",
    ),
    ImportReason.UNKNOWN_REQUEST: LocalizedText(
        kk="Файл бұл үйлестіруші жібермеген сұрауға жауап береді: ұйымға осы жылғы сұрауды "
        "қайта жіберіңіз.",
        ru="Файл отвечает на запрос, который этот координатор не выпускал: отправьте "
        "организации запрос этого года заново.",
    ),
    ImportReason.NOT_REGULAR_FILE: _OTHER_FILE,
    ImportReason.COORDINATOR_UNKNOWN: _FROM_COORDINATOR,
    ImportReason.NOT_FOR_THIS_OFFICE: _FROM_COORDINATOR,
    ImportReason.NOTICE_OUTDATED: LocalizedText(
        kk="Бұл файлдың жаңарақ нұсқасы бұрыннан алынған: ештеңе істеудің қажеті жоқ.",
        ru="Более новая версия этого файла уже получена: делать ничего не нужно.",
    ),
    ImportReason.NOT_FROM_COORDINATOR: _FROM_COORDINATOR,
}


def reason_fix(reason: ImportReason, lang: str) -> str:
    """What to do about ``reason``, in ``lang``."""
    return REASON_FIXES[reason].get(lang)


def reason_message(reason: ImportReason, lang: str, params: Mapping[str, Any]) -> str:
    """The message of ``reason`` in ``lang`` with its parameters (missing ones shown as ?)."""

    class _Params(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return "?"

    shown = _Params(params)
    worded = params.get(f"first_{lang}")
    if isinstance(worded, str) and worded:  # the first problem in words, not an id and a code
        shown["first"] = worded
    return REASON_MESSAGES[reason].get(lang).format_map(shown)


class ImportResult(StrEnum):
    """What became of a received file (DESIGN §5)."""

    ACCEPTED = "accepted"  # the first version held for its organisation and year
    SUPERSEDED = "superseded"  # accepted; the version held before is kept as superseded
    DUPLICATE = "duplicate"  # the identical file was received before
    QUARANTINED = "quarantined"  # unknown signer: waits until its key is approved
    REJECTED = "rejected"  # refused, with a reason


RESULT_MESSAGES: Mapping[ImportResult, LocalizedText] = {
    ImportResult.ACCEPTED: LocalizedText(
        kk="қабылданды: «{org}», {year} жыл, {version}-нұсқа",
        ru="принят: «{org}», {year} год, версия {version}",
    ),
    ImportResult.SUPERSEDED: LocalizedText(
        kk="қабылданды: «{org}», {year} жыл, {version}-нұсқа; {replaced}-нұсқа тарихта сақталды",
        ru="принят: «{org}», {year} год, версия {version}; версия {replaced} сохранена в истории",
    ),
    ImportResult.DUPLICATE: LocalizedText(
        kk="бұл файл бұрын алынған (көшірме), ештеңе өзгермеді",
        ru="этот файл уже был получен (дубликат), ничего не изменено",
    ),
    ImportResult.QUARANTINED: LocalizedText(kk="карантинде: {detail}", ru="в карантине: {detail}"),
    ImportResult.REJECTED: LocalizedText(kk="қабылданбады: {detail}", ru="отклонён: {detail}"),
}
