# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(720, 560)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.languagePage = QWizardPage()
        self.languagePage.setObjectName(u"languagePage")
        self.languageLayout = QVBoxLayout(self.languagePage)
        self.languageLayout.setObjectName(u"languageLayout")
        self.kazakhRadio = QRadioButton(self.languagePage)
        self.kazakhRadio.setObjectName(u"kazakhRadio")
        self.kazakhRadio.setText(u"\u049a\u0430\u0437\u0430\u049b\u0448\u0430")

        self.languageLayout.addWidget(self.kazakhRadio)

        self.russianRadio = QRadioButton(self.languagePage)
        self.russianRadio.setObjectName(u"russianRadio")
        self.russianRadio.setText(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
        self.russianRadio.setChecked(True)

        self.languageLayout.addWidget(self.russianRadio)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.languageLayout.addItem(self.languageSpacer)

        FirstRunWizard.addPage(self.languagePage)
        self.rolePage = QWizardPage()
        self.rolePage.setObjectName(u"rolePage")
        self.roleLayout = QVBoxLayout(self.rolePage)
        self.roleLayout.setObjectName(u"roleLayout")
        self.respondentRadio = QRadioButton(self.rolePage)
        self.respondentRadio.setObjectName(u"respondentRadio")
        self.respondentRadio.setChecked(True)

        self.roleLayout.addWidget(self.respondentRadio)

        self.respondentHint = QLabel(self.rolePage)
        self.respondentHint.setObjectName(u"respondentHint")
        self.respondentHint.setWordWrap(True)
        self.respondentHint.setIndent(24)

        self.roleLayout.addWidget(self.respondentHint)

        self.coordinatorRadio = QRadioButton(self.rolePage)
        self.coordinatorRadio.setObjectName(u"coordinatorRadio")

        self.roleLayout.addWidget(self.coordinatorRadio)

        self.coordinatorHint = QLabel(self.rolePage)
        self.coordinatorHint.setObjectName(u"coordinatorHint")
        self.coordinatorHint.setWordWrap(True)
        self.coordinatorHint.setIndent(24)

        self.roleLayout.addWidget(self.coordinatorHint)

        self.roleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roleLayout.addItem(self.roleSpacer)

        FirstRunWizard.addPage(self.rolePage)
        self.orgPage = QWizardPage()
        self.orgPage.setObjectName(u"orgPage")
        self.orgLayout = QFormLayout(self.orgPage)
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.orgLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameKkLabel = QLabel(self.orgPage)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.orgLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKkEdit = QLineEdit(self.orgPage)
        self.nameKkEdit.setObjectName(u"nameKkEdit")

        self.orgLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameKkEdit)

        self.nameRuLabel = QLabel(self.orgPage)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.orgLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRuEdit = QLineEdit(self.orgPage)
        self.nameRuEdit.setObjectName(u"nameRuEdit")

        self.orgLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameRuEdit)

        self.regionLabel = QLabel(self.orgPage)
        self.regionLabel.setObjectName(u"regionLabel")

        self.orgLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.orgPage)
        self.regionCombo.setObjectName(u"regionCombo")

        self.orgLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.kindsLabel = QLabel(self.orgPage)
        self.kindsLabel.setObjectName(u"kindsLabel")

        self.orgLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindsLabel)

        self.kindsList = QListWidget(self.orgPage)
        self.kindsList.setObjectName(u"kindsList")
        self.kindsList.setWordWrap(True)
        self.kindsList.setMinimumSize(QSize(0, 150))

        self.orgLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindsList)

        self.contactLabel = QLabel(self.orgPage)
        self.contactLabel.setObjectName(u"contactLabel")

        self.orgLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.orgPage)
        self.contactEdit.setObjectName(u"contactEdit")

        self.orgLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneLabel = QLabel(self.orgPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.orgLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.orgPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.orgLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.orgPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.orgLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.orgPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.orgLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.orgProblem = QLabel(self.orgPage)
        self.orgProblem.setObjectName(u"orgProblem")
        self.orgProblem.setText(u"")
        self.orgProblem.setWordWrap(True)

        self.orgLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.orgProblem)

        FirstRunWizard.addPage(self.orgPage)
        self.folderPage = QWizardPage()
        self.folderPage.setObjectName(u"folderPage")
        self.folderLayout = QVBoxLayout(self.folderPage)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.folderPage)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.folderPage)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.folderLayout.addLayout(self.folderRow)

        self.passphraseHint = QLabel(self.folderPage)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setWordWrap(True)

        self.folderLayout.addWidget(self.passphraseHint)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(self.folderPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.folderPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(self.folderPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.folderPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.folderLayout.addLayout(self.passphraseForm)

        self.folderProblem = QLabel(self.folderPage)
        self.folderProblem.setObjectName(u"folderProblem")
        self.folderProblem.setText(u"")
        self.folderProblem.setWordWrap(True)

        self.folderLayout.addWidget(self.folderProblem)

        self.folderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.folderLayout.addItem(self.folderSpacer)

        FirstRunWizard.addPage(self.folderPage)
#if QT_CONFIG(shortcut)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.kindsLabel.setBuddy(self.kindsList)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"KZTH Desktop \u2014 first start", None))
        self.languagePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Interface language", None))
        self.languagePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"You can switch the language at any moment later (menu Language).", None))
        self.rolePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Who works in this workspace?", None))
        self.rolePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"A workspace is made for one role; the choice cannot be changed later.", None))
        self.respondentRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Respondent \u2014 a subject that answers the questionnaire (akimat, police, NGO\u2026)", None))
        self.respondentHint.setText(QCoreApplication.translate("FirstRunWizard", u"Fills the questionnaire once a year, prints it for the head's signature and sends a signed, encrypted file to the coordinator.", None))
        self.coordinatorRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Coordinator \u2014 the authorised state body that coordinates the expert group", None))
        self.coordinatorHint.setText(QCoreApplication.translate("FirstRunWizard", u"Issues the yearly data request, imports and checks the answers, and prepares the risk assessment.", None))
        self.orgPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your organisation", None))
        self.orgPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The kinds of your organisation decide which blocks of the questionnaire you answer.", None))
        self.nameKkLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Name in Kazakh:", None))
        self.nameRuLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Name in Russian:", None))
        self.regionLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Region:", None))
        self.kindsLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Kinds of organisation:", None))
        self.contactLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Contact person:", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Phone:", None))
        self.emailLabel.setText(QCoreApplication.translate("FirstRunWizard", u"E-mail:", None))
        self.folderPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Where to keep the workspace", None))
        self.folderPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The answers are saved in this folder as you type. Keep it on this computer and back it up.", None))
        self.browseButton.setText(QCoreApplication.translate("FirstRunWizard", u"Choose\u2026", None))
        self.passphraseHint.setText(QCoreApplication.translate("FirstRunWizard", u"The files you send are signed with a key kept in this folder, protected by a passphrase: at least 12 characters, not a common password \u2014 several words of your own. Write it down and keep it safe: it cannot be recovered.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Passphrase:", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Repeat it:", None))
    # retranslateUi

