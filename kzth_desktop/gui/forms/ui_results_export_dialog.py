# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ResultsExportDialog(object):
    def setupUi(self, ResultsExportDialog):
        if not ResultsExportDialog.objectName():
            ResultsExportDialog.setObjectName(u"ResultsExportDialog")
        ResultsExportDialog.resize(560, 320)
        self.layout = QVBoxLayout(ResultsExportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ResultsExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.meetingCheck = QCheckBox(ResultsExportDialog)
        self.meetingCheck.setObjectName(u"meetingCheck")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingCheck)

        self.meetingDate = QDateEdit(ResultsExportDialog)
        self.meetingDate.setObjectName(u"meetingDate")
        self.meetingDate.setEnabled(False)
        self.meetingDate.setCalendarPopup(True)
        self.meetingDate.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingDate)

        self.decisionLabel = QLabel(ResultsExportDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(ResultsExportDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionEdit)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(ResultsExportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ResultsExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResultsExportDialog)
        self.buttonBox.accepted.connect(ResultsExportDialog.accept)
        self.buttonBox.rejected.connect(ResultsExportDialog.reject)
        self.meetingCheck.toggled.connect(self.meetingDate.setEnabled)

        QMetaObject.connectSlotsByName(ResultsExportDialog)
    # setupUi

    def retranslateUi(self, ResultsExportDialog):
        ResultsExportDialog.setWindowTitle(QCoreApplication.translate("ResultsExportDialog", u"Results for the subjects", None))
        self.meetingCheck.setText(QCoreApplication.translate("ResultsExportDialog", u"Meeting of the commission:", None))
        self.decisionLabel.setText(QCoreApplication.translate("ResultsExportDialog", u"Its decision:", None))
        self.hintLabel.setText(QCoreApplication.translate("ResultsExportDialog", u"Only the published edition (small counts hidden) goes into the package, in Kazakh and Russian, with the recommendations and each kind of subject's own risk profile. It is signed with your key.", None))
    # retranslateUi

