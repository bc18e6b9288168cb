# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coordinator_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QStackedWidget, QStatusBar, QTabWidget,
    QTableWidget, QTableWidgetItem, QTextBrowser, QTextEdit,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CoordinatorWindow(object):
    def setupUi(self, CoordinatorWindow):
        if not CoordinatorWindow.objectName():
            CoordinatorWindow.setObjectName(u"CoordinatorWindow")
        CoordinatorWindow.resize(1280, 820)
        self.actionNewWorkspace = QAction(CoordinatorWindow)
        self.actionNewWorkspace.setObjectName(u"actionNewWorkspace")
#if QT_CONFIG(shortcut)
        self.actionNewWorkspace.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionOpenWorkspace = QAction(CoordinatorWindow)
        self.actionOpenWorkspace.setObjectName(u"actionOpenWorkspace")
#if QT_CONFIG(shortcut)
        self.actionOpenWorkspace.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionImportBundles = QAction(CoordinatorWindow)
        self.actionImportBundles.setObjectName(u"actionImportBundles")
#if QT_CONFIG(shortcut)
        self.actionImportBundles.setShortcut(u"Ctrl+I")
#endif // QT_CONFIG(shortcut)
        self.actionPrintBlank = QAction(CoordinatorWindow)
        self.actionPrintBlank.setObjectName(u"actionPrintBlank")
#if QT_CONFIG(shortcut)
        self.actionPrintBlank.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionSaveBlankPdf = QAction(CoordinatorWindow)
        self.actionSaveBlankPdf.setObjectName(u"actionSaveBlankPdf")
        self.actionChangePassphrase = QAction(CoordinatorWindow)
        self.actionChangePassphrase.setObjectName(u"actionChangePassphrase")
        self.actionQuit = QAction(CoordinatorWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionKazakh = QAction(CoordinatorWindow)
        self.actionKazakh.setObjectName(u"actionKazakh")
        self.actionKazakh.setCheckable(True)
        self.actionKazakh.setText(u"\u049a\u0430\u0437\u0430\u049b\u0448\u0430")
#if QT_CONFIG(shortcut)
        self.actionKazakh.setShortcut(u"Ctrl+Shift+K")
#endif // QT_CONFIG(shortcut)
        self.actionRussian = QAction(CoordinatorWindow)
        self.actionRussian.setObjectName(u"actionRussian")
        self.actionRussian.setCheckable(True)
        self.actionRussian.setText(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
#if QT_CONFIG(shortcut)
        self.actionRussian.setShortcut(u"Ctrl+Shift+R")
#endif // QT_CONFIG(shortcut)
        self.actionRules = QAction(CoordinatorWindow)
        self.actionRules.setObjectName(u"actionRules")
#if QT_CONFIG(shortcut)
        self.actionRules.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(CoordinatorWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(CoordinatorWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.orgLabel = QLabel(self.centralwidget)
        self.orgLabel.setObjectName(u"orgLabel")
        self.orgLabel.setText(u"\u2014")
        self.orgLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.orgLabel.sizePolicy().hasHeightForWidth())
        self.orgLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.orgLabel)

        self.yearLabel = QLabel(self.centralwidget)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.centralwidget)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(6)

        self.headerLayout.addWidget(self.yearCombo)


        self.centralLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(self.centralwidget)
        self.tabs.setObjectName(u"tabs")
        self.inboxTab = QWidget()
        self.inboxTab.setObjectName(u"inboxTab")
        self.inboxLayout = QVBoxLayout(self.inboxTab)
        self.inboxLayout.setObjectName(u"inboxLayout")
        self.inboxButtons = QHBoxLayout()
        self.inboxButtons.setObjectName(u"inboxButtons")
        self.importFilesButton = QPushButton(self.inboxTab)
        self.importFilesButton.setObjectName(u"importFilesButton")

        self.inboxButtons.addWidget(self.importFilesButton)

        self.importFolderButton = QPushButton(self.inboxTab)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.inboxButtons.addWidget(self.importFolderButton)

        self.dropHint = QLabel(self.inboxTab)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setWordWrap(True)

        self.inboxButtons.addWidget(self.dropHint)

        self.inboxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inboxButtons.addItem(self.inboxSpacer)


        self.inboxLayout.addLayout(self.inboxButtons)

        self.inboxSummary = QLabel(self.inboxTab)
        self.inboxSummary.setObjectName(u"inboxSummary")
        self.inboxSummary.setText(u"")
        self.inboxSummary.setWordWrap(True)

        self.inboxLayout.addWidget(self.inboxSummary)

        self.inboxTable = QTableWidget(self.inboxTab)
        self.inboxTable.setObjectName(u"inboxTable")
        self.inboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inboxTable.setAlternatingRowColors(True)
        self.inboxTable.setSortingEnabled(True)
        self.inboxTable.setWordWrap(True)

        self.inboxLayout.addWidget(self.inboxTable)

        self.tabs.addTab(self.inboxTab, "")
        self.completenessTab = QWidget()
        self.completenessTab.setObjectName(u"completenessTab")
        self.completenessLayout = QVBoxLayout(self.completenessTab)
        self.completenessLayout.setObjectName(u"completenessLayout")
        self.completenessSummary = QLabel(self.completenessTab)
        self.completenessSummary.setObjectName(u"completenessSummary")
        self.completenessSummary.setText(u"")
        self.completenessSummary.setWordWrap(True)

        self.completenessLayout.addWidget(self.completenessSummary)

        self.completenessSplitter = QSplitter(self.completenessTab)
        self.completenessSplitter.setObjectName(u"completenessSplitter")
        self.completenessSplitter.setOrientation(Qt.Orientation.Vertical)
        self.completenessTable = QTableWidget(self.completenessSplitter)
        self.completenessTable.setObjectName(u"completenessTable")
        self.completenessTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.completenessTable.setWordWrap(True)
        self.completenessSplitter.addWidget(self.completenessTable)
        self.reminderBox = QWidget(self.completenessSplitter)
        self.reminderBox.setObjectName(u"reminderBox")
        self.reminderLayout = QVBoxLayout(self.reminderBox)
        self.reminderLayout.setObjectName(u"reminderLayout")
        self.reminderLayout.setContentsMargins(0, 0, 0, 0)
        self.reminderLabel = QLabel(self.reminderBox)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.reminderLayout.addWidget(self.reminderLabel)

        self.reminderText = QPlainTextEdit(self.reminderBox)
        self.reminderText.setObjectName(u"reminderText")
        self.reminderText.setReadOnly(True)

        self.reminderLayout.addWidget(self.reminderText)

        self.completenessSplitter.addWidget(self.reminderBox)

        self.completenessLayout.addWidget(self.completenessSplitter)

        self.tabs.addTab(self.completenessTab, "")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataLayout = QVBoxLayout(self.dataTab)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataFilters = QHBoxLayout()
        self.dataFilters.setObjectName(u"dataFilters")
        self.regionFilterLabel = QLabel(self.dataTab)
        self.regionFilterLabel.setObjectName(u"regionFilterLabel")

        self.dataFilters.addWidget(self.regionFilterLabel)

        self.regionFilter = QComboBox(self.dataTab)
        self.regionFilter.setObjectName(u"regionFilter")

        self.dataFilters.addWidget(self.regionFilter)

        self.kindFilterLabel = QLabel(self.dataTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.dataFilters.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(self.dataTab)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindFilter.setMinimumContentsLength(30)

        self.dataFilters.addWidget(self.kindFilter)

        self.dataSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataFilters.addItem(self.dataSpacer)

        self.printHeldButton = QPushButton(self.dataTab)
        self.printHeldButton.setObjectName(u"printHeldButton")

        self.dataFilters.addWidget(self.printHeldButton)

        self.saveHeldButton = QPushButton(self.dataTab)
        self.saveHeldButton.setObjectName(u"saveHeldButton")

        self.dataFilters.addWidget(self.saveHeldButton)

        self.exportXlsxButton = QPushButton(self.dataTab)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.dataFilters.addWidget(self.exportXlsxButton)


        self.dataLayout.addLayout(self.dataFilters)

        self.dataSplitter = QSplitter(self.dataTab)
        self.dataSplitter.setObjectName(u"dataSplitter")
        self.dataSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.submissionsTable = QTableWidget(self.dataSplitter)
        self.submissionsTable.setObjectName(u"submissionsTable")
        self.submissionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.submissionsTable.setAlternatingRowColors(True)
        self.submissionsTable.setSortingEnabled(True)
        self.dataSplitter.addWidget(self.submissionsTable)
        self.answersTree = QTreeWidget(self.dataSplitter)
        self.answersTree.setObjectName(u"answersTree")
        self.answersTree.setWordWrap(True)
        self.dataSplitter.addWidget(self.answersTree)

        self.dataLayout.addWidget(self.dataSplitter)

        self.tabs.addTab(self.dataTab, "")
        self.qualityTab = QWidget()
        self.qualityTab.setObjectName(u"qualityTab")
        self.qualityLayout = QVBoxLayout(self.qualityTab)
        self.qualityLayout.setObjectName(u"qualityLayout")
        self.qualitySummary = QLabel(self.qualityTab)
        self.qualitySummary.setObjectName(u"qualitySummary")
        self.qualitySummary.setText(u"")
        self.qualitySummary.setWordWrap(True)

        self.qualityLayout.addWidget(self.qualitySummary)

        self.qualitySplitter = QSplitter(self.qualityTab)
        self.qualitySplitter.setObjectName(u"qualitySplitter")
        self.qualitySplitter.setOrientation(Qt.Orientation.Vertical)
        self.qualityTable = QTableWidget(self.qualitySplitter)
        self.qualityTable.setObjectName(u"qualityTable")
        self.qualityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qualityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.qualityTable.setAlternatingRowColors(True)
        self.qualityTable.setSortingEnabled(True)
        self.qualityTable.setWordWrap(True)
        self.qualitySplitter.addWidget(self.qualityTable)
        self.noDataTree = QTreeWidget(self.qualitySplitter)
        self.noDataTree.setObjectName(u"noDataTree")
        self.noDataTree.setWordWrap(True)
        self.qualitySplitter.addWidget(self.noDataTree)

        self.qualityLayout.addWidget(self.qualitySplitter)

        self.tabs.addTab(self.qualityTab, "")
        self.signersTab = QWidget()
        self.signersTab.setObjectName(u"signersTab")
        self.signersLayout = QVBoxLayout(self.signersTab)
        self.signersLayout.setObjectName(u"signersLayout")
        self.signersButtons = QHBoxLayout()
        self.signersButtons.setObjectName(u"signersButtons")
        self.addSignerButton = QPushButton(self.signersTab)
        self.addSignerButton.setObjectName(u"addSignerButton")

        self.signersButtons.addWidget(self.addSignerButton)

        self.revokeSignerButton = QPushButton(self.signersTab)
        self.revokeSignerButton.setObjectName(u"revokeSignerButton")

        self.signersButtons.addWidget(self.revokeSignerButton)

        self.signersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signersButtons.addItem(self.signersSpacer)

        self.ownFingerprint = QLabel(self.signersTab)
        self.ownFingerprint.setObjectName(u"ownFingerprint")
        self.ownFingerprint.setText(u"")
        self.ownFingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signersButtons.addWidget(self.ownFingerprint)


        self.signersLayout.addLayout(self.signersButtons)

        self.signersTable = QTableWidget(self.signersTab)
        self.signersTable.setObjectName(u"signersTable")
        self.signersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signersTable.setAlternatingRowColors(True)
        self.signersTable.setSortingEnabled(True)

        self.signersLayout.addWidget(self.signersTable)

        self.tabs.addTab(self.signersTab, "")
        self.requestsTab = QWidget()
        self.requestsTab.setObjectName(u"requestsTab")
        self.requestsLayout = QVBoxLayout(self.requestsTab)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestForm = QHBoxLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.requestYearLabel = QLabel(self.requestsTab)
        self.requestYearLabel.setObjectName(u"requestYearLabel")

        self.requestForm.addWidget(self.requestYearLabel)

        self.requestYear = QSpinBox(self.requestsTab)
        self.requestYear.setObjectName(u"requestYear")
        self.requestYear.setMinimum(2024)
        self.requestYear.setMaximum(2100)

        self.requestForm.addWidget(self.requestYear)

        self.requestDeadlineLabel = QLabel(self.requestsTab)
        self.requestDeadlineLabel.setObjectName(u"requestDeadlineLabel")

        self.requestForm.addWidget(self.requestDeadlineLabel)

        self.requestDeadline = QDateEdit(self.requestsTab)
        self.requestDeadline.setObjectName(u"requestDeadline")
        self.requestDeadline.setCalendarPopup(True)
        self.requestDeadline.setDisplayFormat(u"dd.MM.yyyy")

        self.requestForm.addWidget(self.requestDeadline)

        self.createRequestButton = QPushButton(self.requestsTab)
        self.createRequestButton.setObjectName(u"createRequestButton")

        self.requestForm.addWidget(self.createRequestButton)

        self.requestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestForm.addItem(self.requestSpacer)


        self.requestsLayout.addLayout(self.requestForm)

        self.requestHint = QLabel(self.requestsTab)
        self.requestHint.setObjectName(u"requestHint")
        self.requestHint.setWordWrap(True)

        self.requestsLayout.addWidget(self.requestHint)

        self.requestsTable = QTableWidget(self.requestsTab)
        self.requestsTable.setObjectName(u"requestsTable")
        self.requestsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestsTable.setAlternatingRowColors(True)

        self.requestsLayout.addWidget(self.requestsTable)

        self.tabs.addTab(self.requestsTab, "")
        self.risksTab = QWidget()
        self.risksTab.setObjectName(u"risksTab")
        self.risksLayout = QVBoxLayout(self.risksTab)
        self.risksLayout.setObjectName(u"risksLayout")
        self.risksBar = QHBoxLayout()
        self.risksBar.setObjectName(u"risksBar")
        self.periodLabel = QLabel(self.risksTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.risksBar.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.risksTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.risksBar.addWidget(self.periodCombo)

        self.territoryLabel = QLabel(self.risksTab)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.risksBar.addWidget(self.territoryLabel)

        self.territoryCombo = QComboBox(self.risksTab)
        self.territoryCombo.setObjectName(u"territoryCombo")

        self.risksBar.addWidget(self.territoryCombo)

        self.expertLabel = QLabel(self.risksTab)
        self.expertLabel.setObjectName(u"expertLabel")

        self.risksBar.addWidget(self.expertLabel)

        self.expertEdit = QLineEdit(self.risksTab)
        self.expertEdit.setObjectName(u"expertEdit")

        self.risksBar.addWidget(self.expertEdit)

        self.risksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.risksBar.addItem(self.risksSpacer)

        self.methodButton = QPushButton(self.risksTab)
        self.methodButton.setObjectName(u"methodButton")

        self.risksBar.addWidget(self.methodButton)


        self.risksLayout.addLayout(self.risksBar)

        self.methodSummary = QLabel(self.risksTab)
        self.methodSummary.setObjectName(u"methodSummary")
        self.methodSummary.setText(u"")
        self.methodSummary.setWordWrap(True)

        self.risksLayout.addWidget(self.methodSummary)

        self.risksSplitter = QSplitter(self.risksTab)
        self.risksSplitter.setObjectName(u"risksSplitter")
        self.risksSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerTable = QTableWidget(self.risksSplitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setWordWrap(True)
        self.risksSplitter.addWidget(self.registerTable)
        self.scorePanel = QWidget(self.risksSplitter)
        self.scorePanel.setObjectName(u"scorePanel")
        self.scoreLayout = QVBoxLayout(self.scorePanel)
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.scoreLayout.setContentsMargins(0, 0, 0, 0)
        self.heatMapLabel = QLabel(self.scorePanel)
        self.heatMapLabel.setObjectName(u"heatMapLabel")

        self.scoreLayout.addWidget(self.heatMapLabel)

        self.heatMapTable = QTableWidget(self.scorePanel)
        self.heatMapTable.setObjectName(u"heatMapTable")
        self.heatMapTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heatMapTable.setMinimumSize(QSize(0, 190))

        self.scoreLayout.addWidget(self.heatMapTable)

        self.selectedRiskLabel = QLabel(self.scorePanel)
        self.selectedRiskLabel.setObjectName(u"selectedRiskLabel")
        self.selectedRiskLabel.setText(u"")
        self.selectedRiskLabel.setWordWrap(True)

        self.scoreLayout.addWidget(self.selectedRiskLabel)

        self.scoreForm = QFormLayout()
        self.scoreForm.setObjectName(u"scoreForm")
        self.likelihoodLabel = QLabel(self.scorePanel)
        self.likelihoodLabel.setObjectName(u"likelihoodLabel")

        self.scoreForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.likelihoodLabel)

        self.likelihoodSpin = QSpinBox(self.scorePanel)
        self.likelihoodSpin.setObjectName(u"likelihoodSpin")
        self.likelihoodSpin.setMinimum(1)
        self.likelihoodSpin.setMaximum(5)
        self.likelihoodSpin.setValue(3)

        self.scoreForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.likelihoodSpin)

        self.impactLabel = QLabel(self.scorePanel)
        self.impactLabel.setObjectName(u"impactLabel")

        self.scoreForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactSpin = QSpinBox(self.scorePanel)
        self.impactSpin.setObjectName(u"impactSpin")
        self.impactSpin.setMinimum(1)
        self.impactSpin.setMaximum(5)
        self.impactSpin.setValue(3)

        self.scoreForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.impactSpin)

        self.scoreCommentLabel = QLabel(self.scorePanel)
        self.scoreCommentLabel.setObjectName(u"scoreCommentLabel")

        self.scoreForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scoreCommentLabel)

        self.scoreCommentEdit = QLineEdit(self.scorePanel)
        self.scoreCommentEdit.setObjectName(u"scoreCommentEdit")

        self.scoreForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scoreCommentEdit)


        self.scoreLayout.addLayout(self.scoreForm)

        self.anchorsLabel = QLabel(self.scorePanel)
        self.anchorsLabel.setObjectName(u"anchorsLabel")
        self.anchorsLabel.setText(u"")
        self.anchorsLabel.setWordWrap(True)

        self.scoreLayout.addWidget(self.anchorsLabel)

        self.saveScoreButton = QPushButton(self.scorePanel)
        self.saveScoreButton.setObjectName(u"saveScoreButton")

        self.scoreLayout.addWidget(self.saveScoreButton)

        self.justificationLabel = QLabel(self.scorePanel)
        self.justificationLabel.setObjectName(u"justificationLabel")
        self.justificationLabel.setWordWrap(True)

        self.scoreLayout.addWidget(self.justificationLabel)

        self.justificationEdit = QPlainTextEdit(self.scorePanel)
        self.justificationEdit.setObjectName(u"justificationEdit")
        self.justificationEdit.setMaximumSize(QSize(16777215, 90))

        self.scoreLayout.addWidget(self.justificationEdit)

        self.saveJustificationButton = QPushButton(self.scorePanel)
        self.saveJustificationButton.setObjectName(u"saveJustificationButton")

        self.scoreLayout.addWidget(self.saveJustificationButton)

        self.risksSplitter.addWidget(self.scorePanel)

        self.risksLayout.addWidget(self.risksSplitter)

        self.tabs.addTab(self.risksTab, "")
        self.analysisTab = QWidget()
        self.analysisTab.setObjectName(u"analysisTab")
        self.analysisLayout = QVBoxLayout(self.analysisTab)
        self.analysisLayout.setObjectName(u"analysisLayout")
        self.analysisSplitter = QSplitter(self.analysisTab)
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

        self.tabs.addTab(self.analysisTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportBar = QHBoxLayout()
        self.reportBar.setObjectName(u"reportBar")
        self.reportLangLabel = QLabel(self.reportTab)
        self.reportLangLabel.setObjectName(u"reportLangLabel")

        self.reportBar.addWidget(self.reportLangLabel)

        self.reportLangCombo = QComboBox(self.reportTab)
        self.reportLangCombo.setObjectName(u"reportLangCombo")

        self.reportBar.addWidget(self.reportLangCombo)

        self.editionLabel = QLabel(self.reportTab)
        self.editionLabel.setObjectName(u"editionLabel")

        self.reportBar.addWidget(self.editionLabel)

        self.editionCombo = QComboBox(self.reportTab)
        self.editionCombo.setObjectName(u"editionCombo")

        self.reportBar.addWidget(self.editionCombo)

        self.generateButton = QPushButton(self.reportTab)
        self.generateButton.setObjectName(u"generateButton")

        self.reportBar.addWidget(self.generateButton)

        self.saveReportButton = QPushButton(self.reportTab)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.reportBar.addWidget(self.saveReportButton)

        self.printReportButton = QPushButton(self.reportTab)
        self.printReportButton.setObjectName(u"printReportButton")

        self.reportBar.addWidget(self.printReportButton)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportBar.addItem(self.reportSpacer)


        self.reportLayout.addLayout(self.reportBar)

        self.reportStatus = QLabel(self.reportTab)
        self.reportStatus.setObjectName(u"reportStatus")
        self.reportStatus.setText(u"")
        self.reportStatus.setWordWrap(True)

        self.reportLayout.addWidget(self.reportStatus)

        self.previewList = QListWidget(self.reportTab)
        self.previewList.setObjectName(u"previewList")
        self.previewList.setViewMode(QListView.ViewMode.IconMode)
        self.previewList.setIconSize(QSize(280, 400))
        self.previewList.setResizeMode(QListView.ResizeMode.Adjust)
        self.previewList.setMovement(QListView.Movement.Static)
        self.previewList.setSpacing(8)

        self.reportLayout.addWidget(self.previewList)

        self.tabs.addTab(self.reportTab, "")

        self.centralLayout.addWidget(self.tabs)

        CoordinatorWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(CoordinatorWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuLanguage = QMenu(self.menubar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        CoordinatorWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(CoordinatorWindow)
        self.statusbar.setObjectName(u"statusbar")
        CoordinatorWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.regionFilterLabel.setBuddy(self.regionFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.requestYearLabel.setBuddy(self.requestYear)
        self.requestDeadlineLabel.setBuddy(self.requestDeadline)
        self.periodLabel.setBuddy(self.periodCombo)
        self.territoryLabel.setBuddy(self.territoryCombo)
        self.expertLabel.setBuddy(self.expertEdit)
        self.likelihoodLabel.setBuddy(self.likelihoodSpin)
        self.impactLabel.setBuddy(self.impactSpin)
        self.scoreCommentLabel.setBuddy(self.scoreCommentEdit)
        self.sourceTitleLabel.setBuddy(self.sourceTitleEdit)
        self.sourceAuthorLabel.setBuddy(self.sourceAuthorEdit)
        self.sourceYearLabel.setBuddy(self.sourceYearSpin)
        self.sourceRefLabel.setBuddy(self.sourceRefEdit)
        self.reportLangLabel.setBuddy(self.reportLangCombo)
        self.editionLabel.setBuddy(self.editionCombo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuLanguage.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewWorkspace)
        self.menuFile.addAction(self.actionOpenWorkspace)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportBundles)
        self.menuFile.addAction(self.actionPrintBlank)
        self.menuFile.addAction(self.actionSaveBlankPdf)
        self.menuFile.addAction(self.actionChangePassphrase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuLanguage.addAction(self.actionKazakh)
        self.menuLanguage.addAction(self.actionRussian)
        self.menuHelp.addAction(self.actionRules)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(CoordinatorWindow)

        QMetaObject.connectSlotsByName(CoordinatorWindow)
    # setupUi

    def retranslateUi(self, CoordinatorWindow):
        CoordinatorWindow.setWindowTitle(QCoreApplication.translate("CoordinatorWindow", u"KZTH Desktop \u2014 coordinator", None))
        self.actionNewWorkspace.setText(QCoreApplication.translate("CoordinatorWindow", u"&New workspace\u2026", None))
        self.actionOpenWorkspace.setText(QCoreApplication.translate("CoordinatorWindow", u"&Open workspace\u2026", None))
        self.actionImportBundles.setText(QCoreApplication.translate("CoordinatorWindow", u"&Import bundles\u2026", None))
        self.actionPrintBlank.setText(QCoreApplication.translate("CoordinatorWindow", u"Print a &blank questionnaire\u2026", None))
        self.actionSaveBlankPdf.setText(QCoreApplication.translate("CoordinatorWindow", u"Save a blank questionnaire as PDF\u2026", None))
        self.actionChangePassphrase.setText(QCoreApplication.translate("CoordinatorWindow", u"Change the key &passphrase\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("CoordinatorWindow", u"&Quit", None))
        self.actionRules.setText(QCoreApplication.translate("CoordinatorWindow", u"The &Rules (order No. 849 / No. 410)", None))
        self.actionAbout.setText(QCoreApplication.translate("CoordinatorWindow", u"&About KZTH Desktop", None))
        self.yearLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Reporting year:", None))
        self.importFilesButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Import files\u2026", None))
        self.importFolderButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Import a folder\u2026", None))
        self.dropHint.setText(QCoreApplication.translate("CoordinatorWindow", u"\u2026or drop .kzth files or folders on this window.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inboxTab), QCoreApplication.translate("CoordinatorWindow", u"Inbox", None))
        self.reminderLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Not yet received (reminder list):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.completenessTab), QCoreApplication.translate("CoordinatorWindow", u"Completeness", None))
        self.regionFilterLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Region:", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Kind:", None))
        self.printHeldButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Print the submission\u2026", None))
        self.saveHeldButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Save it as PDF\u2026", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Excel workbook\u2026", None))
        ___qtreewidgetitem = self.answersTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CoordinatorWindow", u"Answer", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CoordinatorWindow", u"Field", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dataTab), QCoreApplication.translate("CoordinatorWindow", u"Data", None))
        ___qtreewidgetitem1 = self.noDataTree.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("CoordinatorWindow", u"Answers", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CoordinatorWindow", u"\u201cNo data\u201d reason", None))
        self.tabs.setTabText(self.tabs.indexOf(self.qualityTab), QCoreApplication.translate("CoordinatorWindow", u"Quality", None))
        self.addSignerButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Add from a registration file\u2026", None))
        self.revokeSignerButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Revoke\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signersTab), QCoreApplication.translate("CoordinatorWindow", u"Signers", None))
        self.requestYearLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Reporting year:", None))
        self.requestDeadlineLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Deadline:", None))
        self.createRequestButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Create and save the request\u2026", None))
        self.requestHint.setText(QCoreApplication.translate("CoordinatorWindow", u"Rule 9: subjects answer within one month of the request unless it sets another deadline. Send the saved .kzreq file to every subject.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.requestsTab), QCoreApplication.translate("CoordinatorWindow", u"Requests", None))
        self.periodLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Assessment period:", None))
        self.territoryLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Territory:", None))
        self.expertLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Expert:", None))
        self.methodButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Method\u2026", None))
        self.heatMapLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Heat map (likelihood \u00d7 impact):", None))
        self.likelihoodLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Likelihood (1-5):", None))
        self.impactLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Impact (1-5):", None))
        self.scoreCommentLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Comment:", None))
        self.saveScoreButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Save my score", None))
        self.justificationLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Justification (where the experts and the data differ by 2 or more):", None))
        self.saveJustificationButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Save the justification", None))
        self.tabs.setTabText(self.tabs.indexOf(self.risksTab), QCoreApplication.translate("CoordinatorWindow", u"Risks", None))
        self.editorLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"The expert group's text (saved as you type):", None))
        self.sourceTitleLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Title:", None))
        self.sourceAuthorLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Author or organisation:", None))
        self.sourceYearLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Year:", None))
        self.sourceRefLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Reference or address:", None))
        self.addSourceButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Add the source", None))
        self.removeSourceButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Remove the selected source", None))
        self.populationHint.setText(QCoreApplication.translate("CoordinatorWindow", u"Population of each region (the denominator of the rates per 100,000). Type the figures of the statistics committee; a blank cell has no rate.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.analysisTab), QCoreApplication.translate("CoordinatorWindow", u"Analysis", None))
        self.reportLangLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Language:", None))
        self.editionLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"Edition:", None))
        self.generateButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Make the report", None))
        self.saveReportButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Save as PDF\u2026", None))
        self.printReportButton.setText(QCoreApplication.translate("CoordinatorWindow", u"Print\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("CoordinatorWindow", u"Report", None))
        self.menuFile.setTitle(QCoreApplication.translate("CoordinatorWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("CoordinatorWindow", u"Recent workspaces", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("CoordinatorWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("CoordinatorWindow", u"&Help", None))
    # retranslateUi

