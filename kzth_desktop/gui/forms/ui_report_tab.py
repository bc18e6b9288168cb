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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListView, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

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

        self.previewList = QListWidget(ReportTab)
        self.previewList.setObjectName(u"previewList")
        self.previewList.setViewMode(QListView.ViewMode.IconMode)
        self.previewList.setIconSize(QSize(280, 400))
        self.previewList.setResizeMode(QListView.ResizeMode.Adjust)
        self.previewList.setMovement(QListView.Movement.Static)
        self.previewList.setSpacing(8)

        self.reportLayout.addWidget(self.previewList)

#if QT_CONFIG(shortcut)
        self.reportLangLabel.setBuddy(self.reportLangCombo)
        self.editionLabel.setBuddy(self.editionCombo)
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
        self.previewList.setAccessibleName(QCoreApplication.translate("ReportTab", u"Report", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

