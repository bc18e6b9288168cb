# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QScrollArea, QSizePolicy, QSplitter, QStatusBar,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 800)
        self.actionNewWorkspace = QAction(MainWindow)
        self.actionNewWorkspace.setObjectName(u"actionNewWorkspace")
#if QT_CONFIG(shortcut)
        self.actionNewWorkspace.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionOpenWorkspace = QAction(MainWindow)
        self.actionOpenWorkspace.setObjectName(u"actionOpenWorkspace")
#if QT_CONFIG(shortcut)
        self.actionOpenWorkspace.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionAddYear = QAction(MainWindow)
        self.actionAddYear.setObjectName(u"actionAddYear")
#if QT_CONFIG(shortcut)
        self.actionAddYear.setShortcut(u"Ctrl+Y")
#endif // QT_CONFIG(shortcut)
        self.actionValidate = QAction(MainWindow)
        self.actionValidate.setObjectName(u"actionValidate")
#if QT_CONFIG(shortcut)
        self.actionValidate.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionMarkReady = QAction(MainWindow)
        self.actionMarkReady.setObjectName(u"actionMarkReady")
#if QT_CONFIG(shortcut)
        self.actionMarkReady.setShortcut(u"Ctrl+Return")
#endif // QT_CONFIG(shortcut)
        self.actionReopen = QAction(MainWindow)
        self.actionReopen.setObjectName(u"actionReopen")
        self.actionNextProblem = QAction(MainWindow)
        self.actionNextProblem.setObjectName(u"actionNextProblem")
#if QT_CONFIG(shortcut)
        self.actionNextProblem.setShortcut(u"F8")
#endif // QT_CONFIG(shortcut)
        self.actionKazakh = QAction(MainWindow)
        self.actionKazakh.setObjectName(u"actionKazakh")
        self.actionKazakh.setCheckable(True)
        self.actionKazakh.setText(u"\u049a\u0430\u0437\u0430\u049b\u0448\u0430")
#if QT_CONFIG(shortcut)
        self.actionKazakh.setShortcut(u"Ctrl+Shift+K")
#endif // QT_CONFIG(shortcut)
        self.actionRussian = QAction(MainWindow)
        self.actionRussian.setObjectName(u"actionRussian")
        self.actionRussian.setCheckable(True)
        self.actionRussian.setText(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
#if QT_CONFIG(shortcut)
        self.actionRussian.setShortcut(u"Ctrl+Shift+R")
#endif // QT_CONFIG(shortcut)
        self.actionRules = QAction(MainWindow)
        self.actionRules.setObjectName(u"actionRules")
#if QT_CONFIG(shortcut)
        self.actionRules.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
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

        self.statusCaption = QLabel(self.centralwidget)
        self.statusCaption.setObjectName(u"statusCaption")

        self.headerLayout.addWidget(self.statusCaption)

        self.statusValue = QLabel(self.centralwidget)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"\u2014")
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.statusValue)

        self.completenessValue = QLabel(self.centralwidget)
        self.completenessValue.setObjectName(u"completenessValue")
        self.completenessValue.setText(u"")

        self.headerLayout.addWidget(self.completenessValue)

        self.markReadyButton = QPushButton(self.centralwidget)
        self.markReadyButton.setObjectName(u"markReadyButton")

        self.headerLayout.addWidget(self.markReadyButton)


        self.centralLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navTree = QTreeWidget(self.splitter)
        self.navTree.setObjectName(u"navTree")
        self.navTree.setMinimumSize(QSize(260, 0))
        self.navTree.setHeaderHidden(False)
        self.navTree.setUniformRowHeights(False)
        self.navTree.setWordWrap(True)
        self.splitter.addWidget(self.navTree)
        self.formArea = QScrollArea(self.splitter)
        self.formArea.setObjectName(u"formArea")
        self.formArea.setWidgetResizable(True)
        self.formPlaceholder = QWidget()
        self.formPlaceholder.setObjectName(u"formPlaceholder")
        self.formPlaceholder.setGeometry(QRect(0, 0, 800, 600))
        self.formArea.setWidget(self.formPlaceholder)
        self.splitter.addWidget(self.formArea)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuSubmission = QMenu(self.menubar)
        self.menuSubmission.setObjectName(u"menuSubmission")
        self.menuLanguage = QMenu(self.menubar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
        self.problemsDock = QDockWidget(MainWindow)
        self.problemsDock.setObjectName(u"problemsDock")
        self.problemsDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.problemsContents = QWidget()
        self.problemsContents.setObjectName(u"problemsContents")
        self.problemsLayout = QVBoxLayout(self.problemsContents)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(4, 4, 4, 4)
        self.problemsSummary = QLabel(self.problemsContents)
        self.problemsSummary.setObjectName(u"problemsSummary")
        self.problemsSummary.setText(u"")
        self.problemsSummary.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsSummary)

        self.problemsList = QListWidget(self.problemsContents)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setWordWrap(True)
        self.problemsList.setAlternatingRowColors(True)

        self.problemsLayout.addWidget(self.problemsList)

        self.problemsDock.setWidget(self.problemsContents)
        MainWindow.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problemsDock)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuSubmission.menuAction())
        self.menubar.addAction(self.menuLanguage.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewWorkspace)
        self.menuFile.addAction(self.actionOpenWorkspace)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuSubmission.addAction(self.actionAddYear)
        self.menuSubmission.addAction(self.actionValidate)
        self.menuSubmission.addAction(self.actionMarkReady)
        self.menuSubmission.addAction(self.actionReopen)
        self.menuSubmission.addSeparator()
        self.menuSubmission.addAction(self.actionNextProblem)
        self.menuLanguage.addAction(self.actionKazakh)
        self.menuLanguage.addAction(self.actionRussian)
        self.menuHelp.addAction(self.actionRules)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"KZTH Desktop", None))
        self.actionNewWorkspace.setText(QCoreApplication.translate("MainWindow", u"&New workspace\u2026", None))
        self.actionOpenWorkspace.setText(QCoreApplication.translate("MainWindow", u"&Open workspace\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAddYear.setText(QCoreApplication.translate("MainWindow", u"&Add reporting year\u2026", None))
        self.actionValidate.setText(QCoreApplication.translate("MainWindow", u"&Check the answers", None))
        self.actionMarkReady.setText(QCoreApplication.translate("MainWindow", u"Mark as &ready", None))
        self.actionReopen.setText(QCoreApplication.translate("MainWindow", u"&Reopen for editing", None))
        self.actionNextProblem.setText(QCoreApplication.translate("MainWindow", u"Go to the next &problem", None))
        self.actionRules.setText(QCoreApplication.translate("MainWindow", u"The &Rules (order No. 849 / No. 410)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About KZTH Desktop", None))
        self.yearLabel.setText(QCoreApplication.translate("MainWindow", u"Reporting year:", None))
        self.statusCaption.setText(QCoreApplication.translate("MainWindow", u"Status:", None))
        self.markReadyButton.setText(QCoreApplication.translate("MainWindow", u"Mark as ready", None))
        ___qtreewidgetitem = self.navTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MainWindow", u"Filled", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MainWindow", u"Questionnaire", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Recent workspaces", None))
        self.menuSubmission.setTitle(QCoreApplication.translate("MainWindow", u"&Submission", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.problemsDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Problems", None))
    # retranslateUi

