# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'analysis_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QStackedWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QTextEdit, QVBoxLayout,
    QWidget)

class Ui_AnalysisTab(object):
    def setupUi(self, AnalysisTab):
        if not AnalysisTab.objectName():
            AnalysisTab.setObjectName(u"AnalysisTab")
        self.analysisLayout = QVBoxLayout(AnalysisTab)
        self.analysisLayout.setObjectName(u"analysisLayout")
        self.analysisSplitter = QSplitter(AnalysisTab)
        self.analysisSplitter.setObjectName(u"analysisSplitter")
        self.analysisSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.sectionsList = QListWidget(self.analysisSplitter)
        self.sectionsList.setObjectName(u"sectionsList")
        self.sectionsList.setWordWrap(True)
        self.analysisSplitter.addWidget(self.sectionsList)
        self.sectionStack = QStackedWidget(self.analysisSplitter)
        self.sectionStack.setObjectName(u"sectionStack")
        self.textPage = QWidget()
        self.textPage.setObjectName(u"textPage")
        self.textPageLayout = QVBoxLayout(self.textPage)
        self.textPageLayout.setObjectName(u"textPageLayout")
        self.textSplitter = QSplitter(self.textPage)
        self.textSplitter.setObjectName(u"textSplitter")
        self.textSplitter.setOrientation(Qt.Orientation.Vertical)
        self.evidenceBrowser = QTextBrowser(self.textSplitter)
        self.evidenceBrowser.setObjectName(u"evidenceBrowser")
        self.textSplitter.addWidget(self.evidenceBrowser)
        self.editorBox = QWidget(self.textSplitter)
        self.editorBox.setObjectName(u"editorBox")
        self.editorLayout = QVBoxLayout(self.editorBox)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.editorLabel = QLabel(self.editorBox)
        self.editorLabel.setObjectName(u"editorLabel")

        self.editorLayout.addWidget(self.editorLabel)

        self.sectionEditor = QTextEdit(self.editorBox)
        self.sectionEditor.setObjectName(u"sectionEditor")

        self.editorLayout.addWidget(self.sectionEditor)

        self.textSplitter.addWidget(self.editorBox)

        self.textPageLayout.addWidget(self.textSplitter)

        self.sectionStack.addWidget(self.textPage)
        self.sourcesPage = QWidget()
        self.sourcesPage.setObjectName(u"sourcesPage")
        self.sourcesLayout = QVBoxLayout(self.sourcesPage)
        self.sourcesLayout.setObjectName(u"sourcesLayout")
        self.sourcesTable = QTableWidget(self.sourcesPage)
        self.sourcesTable.setObjectName(u"sourcesTable")
        self.sourcesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sourcesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.sourcesLayout.addWidget(self.sourcesTable)

        self.sourceForm = QFormLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceTitleLabel = QLabel(self.sourcesPage)
        self.sourceTitleLabel.setObjectName(u"sourceTitleLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceTitleLabel)

        self.sourceTitleEdit = QLineEdit(self.sourcesPage)
        self.sourceTitleEdit.setObjectName(u"sourceTitleEdit")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceTitleEdit)

        self.sourceAuthorLabel = QLabel(self.sourcesPage)
        self.sourceAuthorLabel.setObjectName(u"sourceAuthorLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceAuthorLabel)

        self.sourceAuthorEdit = QLineEdit(self.sourcesPage)
        self.sourceAuthorEdit.setObjectName(u"sourceAuthorEdit")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceAuthorEdit)

        self.sourceYearLabel = QLabel(self.sourcesPage)
        self.sourceYearLabel.setObjectName(u"sourceYearLabel")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceYearLabel)

        self.sourceYearSpin = QSpinBox(self.sourcesPage)
        self.sourceYearSpin.setObjectName(u"sourceYearSpin")
        self.sourceYearSpin.setMinimum(1990)
        self.sourceYearSpin.setMaximum(2100)
        self.sourceYearSpin.setValue(2025)

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceYearSpin)

        self.sourceRefLabel = QLabel(self.sourcesPage)
        self.sourceRefLabel.setObjectName(u"sourceRefLabel")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sourceRefLabel)

        self.sourceRefEdit = QLineEdit(self.sourcesPage)
        self.sourceRefEdit.setObjectName(u"sourceRefEdit")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceRefEdit)


        self.sourcesLayout.addLayout(self.sourceForm)

        self.sourceButtons = QHBoxLayout()
        self.sourceButtons.setObjectName(u"sourceButtons")
        self.addSourceButton = QPushButton(self.sourcesPage)
        self.addSourceButton.setObjectName(u"addSourceButton")

        self.sourceButtons.addWidget(self.addSourceButton)

        self.removeSourceButton = QPushButton(self.sourcesPage)
        self.removeSourceButton.setObjectName(u"removeSourceButton")

        self.sourceButtons.addWidget(self.removeSourceButton)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceButtons.addItem(self.sourceSpacer)


        self.sourcesLayout.addLayout(self.sourceButtons)

        self.sectionStack.addWidget(self.sourcesPage)
        self.populationPage = QWidget()
        self.populationPage.setObjectName(u"populationPage")
        self.populationLayout = QVBoxLayout(self.populationPage)
        self.populationLayout.setObjectName(u"populationLayout")
        self.populationHint = QLabel(self.populationPage)
        self.populationHint.setObjectName(u"populationHint")
        self.populationHint.setWordWrap(True)

        self.populationLayout.addWidget(self.populationHint)

        self.populationTable = QTableWidget(self.populationPage)
        self.populationTable.setObjectName(u"populationTable")

        self.populationLayout.addWidget(self.populationTable)

        self.sectionStack.addWidget(self.populationPage)
        self.analysisSplitter.addWidget(self.sectionStack)

        self.analysisLayout.addWidget(self.analysisSplitter)

#if QT_CONFIG(shortcut)
        self.sourceTitleLabel.setBuddy(self.sourceTitleEdit)
        self.sourceAuthorLabel.setBuddy(self.sourceAuthorEdit)
        self.sourceYearLabel.setBuddy(self.sourceYearSpin)
        self.sourceRefLabel.setBuddy(self.sourceRefEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnalysisTab)

        QMetaObject.connectSlotsByName(AnalysisTab)
    # setupUi

    def retranslateUi(self, AnalysisTab):
#if QT_CONFIG(accessibility)
        self.sectionsList.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Analysis", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.evidenceBrowser.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
        self.editorLabel.setText(QCoreApplication.translate("AnalysisTab", u"The expert group's text (saved as you type):", None))
#if QT_CONFIG(accessibility)
        self.sectionEditor.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"The expert group's text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourcesTable.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Sources cited", None))
#endif // QT_CONFIG(accessibility)
        self.sourceTitleLabel.setText(QCoreApplication.translate("AnalysisTab", u"Title:", None))
#if QT_CONFIG(accessibility)
        self.sourceTitleEdit.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.sourceAuthorLabel.setText(QCoreApplication.translate("AnalysisTab", u"Author or organisation:", None))
#if QT_CONFIG(accessibility)
        self.sourceAuthorEdit.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Author or organisation", None))
#endif // QT_CONFIG(accessibility)
        self.sourceYearLabel.setText(QCoreApplication.translate("AnalysisTab", u"Year:", None))
#if QT_CONFIG(accessibility)
        self.sourceYearSpin.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.sourceRefLabel.setText(QCoreApplication.translate("AnalysisTab", u"Reference or address:", None))
#if QT_CONFIG(accessibility)
        self.sourceRefEdit.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Reference or address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addSourceButton.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Add the source", None))
#endif // QT_CONFIG(accessibility)
        self.addSourceButton.setText(QCoreApplication.translate("AnalysisTab", u"Add the source", None))
#if QT_CONFIG(accessibility)
        self.removeSourceButton.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Remove the selected source", None))
#endif // QT_CONFIG(accessibility)
        self.removeSourceButton.setText(QCoreApplication.translate("AnalysisTab", u"Remove the selected source", None))
        self.populationHint.setText(QCoreApplication.translate("AnalysisTab", u"Population of each region (the denominator of the rates per 100,000). Type the figures of the statistics committee; a blank cell has no rate.", None))
#if QT_CONFIG(accessibility)
        self.populationTable.setAccessibleName(QCoreApplication.translate("AnalysisTab", u"Population", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

