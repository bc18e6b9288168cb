# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextEdit, QVBoxLayout,
    QWidget)

class Ui_ReportTab(object):
    def setupUi(self, ReportTab):
        if not ReportTab.objectName():
            ReportTab.setObjectName(u"ReportTab")
        self.reportLayout = QVBoxLayout(ReportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportBar = QHBoxLayout()
        self.reportBar.setObjectName(u"reportBar")
        self.reportLangLabel = QLabel(ReportTab)
        self.reportLangLabel.setObjectName(u"reportLangLabel")

        self.reportBar.addWidget(self.reportLangLabel)

        self.reportLangCombo = QComboBox(ReportTab)
        self.reportLangCombo.setObjectName(u"reportLangCombo")

        self.reportBar.addWidget(self.reportLangCombo)

        self.editionLabel = QLabel(ReportTab)
        self.editionLabel.setObjectName(u"editionLabel")

        self.reportBar.addWidget(self.editionLabel)

        self.editionCombo = QComboBox(ReportTab)
        self.editionCombo.setObjectName(u"editionCombo")

        self.reportBar.addWidget(self.editionCombo)

        self.generateButton = QPushButton(ReportTab)
        self.generateButton.setObjectName(u"generateButton")

        self.reportBar.addWidget(self.generateButton)

        self.saveReportButton = QPushButton(ReportTab)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.reportBar.addWidget(self.saveReportButton)

        self.printReportButton = QPushButton(ReportTab)
        self.printReportButton.setObjectName(u"printReportButton")

        self.reportBar.addWidget(self.printReportButton)

        self.resultsButton = QPushButton(ReportTab)
        self.resultsButton.setObjectName(u"resultsButton")

        self.reportBar.addWidget(self.resultsButton)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportBar.addItem(self.reportSpacer)


        self.reportLayout.addLayout(self.reportBar)

        self.reportStatus = QLabel(ReportTab)
        self.reportStatus.setObjectName(u"reportStatus")
        self.reportStatus.setText(u"")
        self.reportStatus.setWordWrap(True)

        self.reportLayout.addWidget(self.reportStatus)

        self.reportSplitter = QSplitter(ReportTab)
        self.reportSplitter.setObjectName(u"reportSplitter")
        self.reportSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.textsPane = QWidget(self.reportSplitter)
        self.textsPane.setObjectName(u"textsPane")
        self.textsLayout = QVBoxLayout(self.textsPane)
        self.textsLayout.setObjectName(u"textsLayout")
        self.textsLayout.setContentsMargins(0, 0, 0, 0)
        self.textLangLabel = QLabel(self.textsPane)
        self.textLangLabel.setObjectName(u"textLangLabel")
        self.textLangLabel.setText(u"")
        self.textLangLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.textLangLabel)

        self.sectionCombo = QComboBox(self.textsPane)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.textsLayout.addWidget(self.sectionCombo)

        self.textEditor = QTextEdit(self.textsPane)
        self.textEditor.setObjectName(u"textEditor")
        self.textEditor.setAcceptRichText(True)

        self.textsLayout.addWidget(self.textEditor)

        self.otherTextLabel = QLabel(self.textsPane)
        self.otherTextLabel.setObjectName(u"otherTextLabel")
        self.otherTextLabel.setText(u"")
        self.otherTextLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.otherTextLabel)

        self.saveTextButton = QPushButton(self.textsPane)
        self.saveTextButton.setObjectName(u"saveTextButton")

        self.textsLayout.addWidget(self.saveTextButton)

        self.approvalBox = QGroupBox(self.textsPane)
        self.approvalBox.setObjectName(u"approvalBox")
        self.approvalForm = QFormLayout(self.approvalBox)
        self.approvalForm.setObjectName(u"approvalForm")
        self.approvedByLabel = QLabel(self.approvalBox)
        self.approvedByLabel.setObjectName(u"approvedByLabel")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approvedByLabel)

        self.approvedByEdit = QLineEdit(self.approvalBox)
        self.approvedByEdit.setObjectName(u"approvedByEdit")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approvedByEdit)

        self.approverPositionLabel = QLabel(self.approvalBox)
        self.approverPositionLabel.setObjectName(u"approverPositionLabel")

        self.approvalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approverPositionLabel)

        self.approverPositionEdit = QLineEdit(self.approvalBox)
        self.approverPositionEdit.setObjectName(u"approverPositionEdit")

        self.approvalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approverPositionEdit)

        self.approvalDateLabel = QLabel(self.approvalBox)
        self.approvalDateLabel.setObjectName(u"approvalDateLabel")

        self.approvalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvalDateLabel)

        self.approvalDateEdit = QLineEdit(self.approvalBox)
        self.approvalDateEdit.setObjectName(u"approvalDateEdit")

        self.approvalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvalDateEdit)

        self.transmittalNumberLabel = QLabel(self.approvalBox)
        self.transmittalNumberLabel.setObjectName(u"transmittalNumberLabel")

        self.approvalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.transmittalNumberLabel)

        self.transmittalNumberEdit = QLineEdit(self.approvalBox)
        self.transmittalNumberEdit.setObjectName(u"transmittalNumberEdit")

        self.approvalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.transmittalNumberEdit)

        self.transmittalDateLabel = QLabel(self.approvalBox)
        self.transmittalDateLabel.setObjectName(u"transmittalDateLabel")

        self.approvalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transmittalDateLabel)

        self.transmittalDateEdit = QLineEdit(self.approvalBox)
        self.transmittalDateEdit.setObjectName(u"transmittalDateEdit")

        self.approvalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transmittalDateEdit)

        self.signatoryLabel = QLabel(self.approvalBox)
        self.signatoryLabel.setObjectName(u"signatoryLabel")

        self.approvalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signatoryLabel)

        self.signatoryEdit = QLineEdit(self.approvalBox)
        self.signatoryEdit.setObjectName(u"signatoryEdit")

        self.approvalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signatoryEdit)

        self.signatoryPositionLabel = QLabel(self.approvalBox)
        self.signatoryPositionLabel.setObjectName(u"signatoryPositionLabel")

        self.approvalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signatoryPositionLabel)

        self.signatoryPositionEdit = QLineEdit(self.approvalBox)
        self.signatoryPositionEdit.setObjectName(u"signatoryPositionEdit")

        self.approvalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signatoryPositionEdit)


        self.textsLayout.addWidget(self.approvalBox)

        self.saveApprovalButton = QPushButton(self.textsPane)
        self.saveApprovalButton.setObjectName(u"saveApprovalButton")

        self.textsLayout.addWidget(self.saveApprovalButton)

        self.reportSplitter.addWidget(self.textsPane)
        self.previewList = QListWidget(self.reportSplitter)
        self.previewList.setObjectName(u"previewList")
        self.previewList.setViewMode(QListView.ViewMode.IconMode)
        self.previewList.setIconSize(QSize(280, 400))
        self.previewList.setResizeMode(QListView.ResizeMode.Adjust)
        self.previewList.setMovement(QListView.Movement.Static)
        self.previewList.setSpacing(8)
        self.reportSplitter.addWidget(self.previewList)

        self.reportLayout.addWidget(self.reportSplitter)

#if QT_CONFIG(shortcut)
        self.reportLangLabel.setBuddy(self.reportLangCombo)
        self.editionLabel.setBuddy(self.editionCombo)
        self.approvedByLabel.setBuddy(self.approvedByEdit)
        self.approverPositionLabel.setBuddy(self.approverPositionEdit)
        self.approvalDateLabel.setBuddy(self.approvalDateEdit)
        self.transmittalNumberLabel.setBuddy(self.transmittalNumberEdit)
        self.transmittalDateLabel.setBuddy(self.transmittalDateEdit)
        self.signatoryLabel.setBuddy(self.signatoryEdit)
        self.signatoryPositionLabel.setBuddy(self.signatoryPositionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportTab)

        QMetaObject.connectSlotsByName(ReportTab)
    # setupUi

    def retranslateUi(self, ReportTab):
        self.reportLangLabel.setText(QCoreApplication.translate("ReportTab", u"Language:", None))
#if QT_CONFIG(accessibility)
        self.reportLangCombo.setAccessibleName(QCoreApplication.translate("ReportTab", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.editionLabel.setText(QCoreApplication.translate("ReportTab", u"Edition:", None))
#if QT_CONFIG(accessibility)
        self.editionCombo.setAccessibleName(QCoreApplication.translate("ReportTab", u"Edition", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.generateButton.setAccessibleName(QCoreApplication.translate("ReportTab", u"Make the report", None))
#endif // QT_CONFIG(accessibility)
        self.generateButton.setText(QCoreApplication.translate("ReportTab", u"Make the report", None))
#if QT_CONFIG(accessibility)
        self.saveReportButton.setAccessibleName(QCoreApplication.translate("ReportTab", u"Save as PDF\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.saveReportButton.setText(QCoreApplication.translate("ReportTab", u"Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.printReportButton.setAccessibleName(QCoreApplication.translate("ReportTab", u"Print\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.printReportButton.setText(QCoreApplication.translate("ReportTab", u"Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultsButton.setAccessibleName(QCoreApplication.translate("ReportTab", u"Results for the subjects (.kzres)\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.resultsButton.setText(QCoreApplication.translate("ReportTab", u"Results for the subjects (.kzres)\u2026", None))
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("ReportTab", u"Section of the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEditor.setAccessibleName(QCoreApplication.translate("ReportTab", u"The expert group's text in the report's language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveTextButton.setAccessibleName(QCoreApplication.translate("ReportTab", u"Save the text", None))
#endif // QT_CONFIG(accessibility)
        self.saveTextButton.setText(QCoreApplication.translate("ReportTab", u"Save the text", None))
        self.approvalBox.setTitle(QCoreApplication.translate("ReportTab", u"Approval and transmittal", None))
        self.approvedByLabel.setText(QCoreApplication.translate("ReportTab", u"Approved by:", None))
#if QT_CONFIG(accessibility)
        self.approvedByEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Approved by", None))
#endif // QT_CONFIG(accessibility)
        self.approverPositionLabel.setText(QCoreApplication.translate("ReportTab", u"Position:", None))
#if QT_CONFIG(accessibility)
        self.approverPositionEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.approvalDateLabel.setText(QCoreApplication.translate("ReportTab", u"Approval date (YYYY-MM-DD):", None))
#if QT_CONFIG(accessibility)
        self.approvalDateEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Approval date (YYYY-MM-DD)", None))
#endif // QT_CONFIG(accessibility)
        self.transmittalNumberLabel.setText(QCoreApplication.translate("ReportTab", u"Outgoing number:", None))
#if QT_CONFIG(accessibility)
        self.transmittalNumberEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Outgoing number", None))
#endif // QT_CONFIG(accessibility)
        self.transmittalDateLabel.setText(QCoreApplication.translate("ReportTab", u"Transmittal date (YYYY-MM-DD):", None))
#if QT_CONFIG(accessibility)
        self.transmittalDateEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Transmittal date (YYYY-MM-DD)", None))
#endif // QT_CONFIG(accessibility)
        self.signatoryLabel.setText(QCoreApplication.translate("ReportTab", u"Signed by:", None))
#if QT_CONFIG(accessibility)
        self.signatoryEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Signed by", None))
#endif // QT_CONFIG(accessibility)
        self.signatoryPositionLabel.setText(QCoreApplication.translate("ReportTab", u"Signatory's position:", None))
#if QT_CONFIG(accessibility)
        self.signatoryPositionEdit.setAccessibleName(QCoreApplication.translate("ReportTab", u"Signatory's position", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveApprovalButton.setAccessibleName(QCoreApplication.translate("ReportTab", u"Save the approval and transmittal", None))
#endif // QT_CONFIG(accessibility)
        self.saveApprovalButton.setText(QCoreApplication.translate("ReportTab", u"Save the approval and transmittal", None))
#if QT_CONFIG(accessibility)
        self.previewList.setAccessibleName(QCoreApplication.translate("ReportTab", u"Report", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

