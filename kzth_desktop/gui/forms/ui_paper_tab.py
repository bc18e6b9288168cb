# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paper_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PaperTab(object):
    def setupUi(self, PaperTab):
        if not PaperTab.objectName():
            PaperTab.setObjectName(u"PaperTab")
        self.paperLayout = QVBoxLayout(PaperTab)
        self.paperLayout.setObjectName(u"paperLayout")
        self.paperTopRow = QHBoxLayout()
        self.paperTopRow.setObjectName(u"paperTopRow")
        self.officeLabel = QLabel(PaperTab)
        self.officeLabel.setObjectName(u"officeLabel")

        self.paperTopRow.addWidget(self.officeLabel)

        self.officeCombo = QComboBox(PaperTab)
        self.officeCombo.setObjectName(u"officeCombo")
        self.officeCombo.setMinimumContentsLength(28)
        self.officeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.paperTopRow.addWidget(self.officeCombo)

        self.paperYearLabel = QLabel(PaperTab)
        self.paperYearLabel.setObjectName(u"paperYearLabel")

        self.paperTopRow.addWidget(self.paperYearLabel)

        self.paperYearSpin = QSpinBox(PaperTab)
        self.paperYearSpin.setObjectName(u"paperYearSpin")
        self.paperYearSpin.setMinimum(2000)
        self.paperYearSpin.setMaximum(2100)

        self.paperTopRow.addWidget(self.paperYearSpin)

        self.keyerLabel = QLabel(PaperTab)
        self.keyerLabel.setObjectName(u"keyerLabel")

        self.paperTopRow.addWidget(self.keyerLabel)

        self.keyerEdit = QLineEdit(PaperTab)
        self.keyerEdit.setObjectName(u"keyerEdit")

        self.paperTopRow.addWidget(self.keyerEdit)

        self.singleCheck = QCheckBox(PaperTab)
        self.singleCheck.setObjectName(u"singleCheck")

        self.paperTopRow.addWidget(self.singleCheck)

        self.paperTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperTopRow.addItem(self.paperTopSpacer)


        self.paperLayout.addLayout(self.paperTopRow)

        self.newOfficeBox = QGroupBox(PaperTab)
        self.newOfficeBox.setObjectName(u"newOfficeBox")
        self.newOfficeRow = QHBoxLayout(self.newOfficeBox)
        self.newOfficeRow.setObjectName(u"newOfficeRow")
        self.nameKkEdit = QLineEdit(self.newOfficeBox)
        self.nameKkEdit.setObjectName(u"nameKkEdit")

        self.newOfficeRow.addWidget(self.nameKkEdit)

        self.nameRuEdit = QLineEdit(self.newOfficeBox)
        self.nameRuEdit.setObjectName(u"nameRuEdit")

        self.newOfficeRow.addWidget(self.nameRuEdit)

        self.regionCombo = QComboBox(self.newOfficeBox)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setMinimumContentsLength(16)
        self.regionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.newOfficeRow.addWidget(self.regionCombo)

        self.kindCombo = QComboBox(self.newOfficeBox)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumContentsLength(24)
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.newOfficeRow.addWidget(self.kindCombo)

        self.registerButton = QPushButton(self.newOfficeBox)
        self.registerButton.setObjectName(u"registerButton")

        self.newOfficeRow.addWidget(self.registerButton)


        self.paperLayout.addWidget(self.newOfficeBox)

        self.paperState = QLabel(PaperTab)
        self.paperState.setObjectName(u"paperState")
        self.paperState.setText(u"")
        self.paperState.setWordWrap(True)

        self.paperLayout.addWidget(self.paperState)

        self.paperSplitter = QSplitter(PaperTab)
        self.paperSplitter.setObjectName(u"paperSplitter")
        self.paperSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.keyingBox = QWidget(self.paperSplitter)
        self.keyingBox.setObjectName(u"keyingBox")
        self.keyingLayout = QVBoxLayout(self.keyingBox)
        self.keyingLayout.setObjectName(u"keyingLayout")
        self.keyingLayout.setContentsMargins(0, 0, 0, 0)
        self.formScroll = QScrollArea(self.keyingBox)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formHolder = QWidget()
        self.formHolder.setObjectName(u"formHolder")
        self.formScroll.setWidget(self.formHolder)

        self.keyingLayout.addWidget(self.formScroll)

        self.keyingButtons = QHBoxLayout()
        self.keyingButtons.setObjectName(u"keyingButtons")
        self.keyingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyingButtons.addItem(self.keyingSpacer)

        self.saveButton = QPushButton(self.keyingBox)
        self.saveButton.setObjectName(u"saveButton")

        self.keyingButtons.addWidget(self.saveButton)


        self.keyingLayout.addLayout(self.keyingButtons)

        self.paperSplitter.addWidget(self.keyingBox)
        self.differencesBox = QWidget(self.paperSplitter)
        self.differencesBox.setObjectName(u"differencesBox")
        self.differencesLayout = QVBoxLayout(self.differencesBox)
        self.differencesLayout.setObjectName(u"differencesLayout")
        self.differencesLayout.setContentsMargins(0, 0, 0, 0)
        self.differencesLabel = QLabel(self.differencesBox)
        self.differencesLabel.setObjectName(u"differencesLabel")

        self.differencesLayout.addWidget(self.differencesLabel)

        self.discrepancyTable = QTableWidget(self.differencesBox)
        self.discrepancyTable.setObjectName(u"discrepancyTable")
        self.discrepancyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.discrepancyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.discrepancyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.discrepancyTable.setWordWrap(True)

        self.differencesLayout.addWidget(self.discrepancyTable)

        self.takeButtons = QHBoxLayout()
        self.takeButtons.setObjectName(u"takeButtons")
        self.takeFirstButton = QPushButton(self.differencesBox)
        self.takeFirstButton.setObjectName(u"takeFirstButton")

        self.takeButtons.addWidget(self.takeFirstButton)

        self.takeSecondButton = QPushButton(self.differencesBox)
        self.takeSecondButton.setObjectName(u"takeSecondButton")

        self.takeButtons.addWidget(self.takeSecondButton)


        self.differencesLayout.addLayout(self.takeButtons)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.valueLabel = QLabel(self.differencesBox)
        self.valueLabel.setObjectName(u"valueLabel")

        self.resolveRow.addWidget(self.valueLabel)

        self.valueEdit = QLineEdit(self.differencesBox)
        self.valueEdit.setObjectName(u"valueEdit")

        self.resolveRow.addWidget(self.valueEdit)

        self.resolveButton = QPushButton(self.differencesBox)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveRow.addWidget(self.resolveButton)


        self.differencesLayout.addLayout(self.resolveRow)

        self.paperSplitter.addWidget(self.differencesBox)

        self.paperLayout.addWidget(self.paperSplitter)

        self.paperLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.officeLabel.setBuddy(self.officeCombo)
        self.paperYearLabel.setBuddy(self.paperYearSpin)
        self.keyerLabel.setBuddy(self.keyerEdit)
        self.differencesLabel.setBuddy(self.discrepancyTable)
        self.valueLabel.setBuddy(self.valueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaperTab)

        QMetaObject.connectSlotsByName(PaperTab)
    # setupUi

    def retranslateUi(self, PaperTab):
        self.officeLabel.setText(QCoreApplication.translate("PaperTab", u"&Office:", None))
#if QT_CONFIG(accessibility)
        self.officeCombo.setAccessibleName(QCoreApplication.translate("PaperTab", u"Office on paper", None))
#endif // QT_CONFIG(accessibility)
        self.paperYearLabel.setText(QCoreApplication.translate("PaperTab", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.paperYearSpin.setAccessibleName(QCoreApplication.translate("PaperTab", u"Reporting year of the form", None))
#endif // QT_CONFIG(accessibility)
        self.keyerLabel.setText(QCoreApplication.translate("PaperTab", u"O&perator:", None))
#if QT_CONFIG(accessibility)
        self.keyerEdit.setAccessibleName(QCoreApplication.translate("PaperTab", u"Operator keying the form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.singleCheck.setAccessibleName(QCoreApplication.translate("PaperTab", u"Single keying (the ministry's decision)", None))
#endif // QT_CONFIG(accessibility)
        self.singleCheck.setText(QCoreApplication.translate("PaperTab", u"Single keying (the ministry's decision)", None))
        self.newOfficeBox.setTitle(QCoreApplication.translate("PaperTab", u"A new office on paper", None))
#if QT_CONFIG(accessibility)
        self.nameKkEdit.setAccessibleName(QCoreApplication.translate("PaperTab", u"Name in Kazakh", None))
#endif // QT_CONFIG(accessibility)
        self.nameKkEdit.setPlaceholderText(QCoreApplication.translate("PaperTab", u"Name in Kazakh", None))
#if QT_CONFIG(accessibility)
        self.nameRuEdit.setAccessibleName(QCoreApplication.translate("PaperTab", u"Name in Russian", None))
#endif // QT_CONFIG(accessibility)
        self.nameRuEdit.setPlaceholderText(QCoreApplication.translate("PaperTab", u"Name in Russian", None))
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleName(QCoreApplication.translate("PaperTab", u"Region", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("PaperTab", u"Kind of subject", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerButton.setAccessibleName(QCoreApplication.translate("PaperTab", u"Register the office", None))
#endif // QT_CONFIG(accessibility)
        self.registerButton.setText(QCoreApplication.translate("PaperTab", u"Re&gister", None))
#if QT_CONFIG(accessibility)
        self.paperState.setAccessibleName(QCoreApplication.translate("PaperTab", u"State of the form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formScroll.setAccessibleName(QCoreApplication.translate("PaperTab", u"The paper form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PaperTab", u"Save this keying", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PaperTab", u"&Save this keying", None))
        self.differencesLabel.setText(QCoreApplication.translate("PaperTab", u"&Differences between the two keyings, side by side:", None))
#if QT_CONFIG(accessibility)
        self.discrepancyTable.setAccessibleName(QCoreApplication.translate("PaperTab", u"Differences between the two keyings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.takeFirstButton.setAccessibleName(QCoreApplication.translate("PaperTab", u"The first keying is right", None))
#endif // QT_CONFIG(accessibility)
        self.takeFirstButton.setText(QCoreApplication.translate("PaperTab", u"&1 The first keying is right", None))
#if QT_CONFIG(accessibility)
        self.takeSecondButton.setAccessibleName(QCoreApplication.translate("PaperTab", u"The second keying is right", None))
#endif // QT_CONFIG(accessibility)
        self.takeSecondButton.setText(QCoreApplication.translate("PaperTab", u"&2 The second keying is right", None))
        self.valueLabel.setText(QCoreApplication.translate("PaperTab", u"&Value read on the paper:", None))
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("PaperTab", u"Value read on the paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resolveButton.setAccessibleName(QCoreApplication.translate("PaperTab", u"Resolve the difference", None))
#endif // QT_CONFIG(accessibility)
        self.resolveButton.setText(QCoreApplication.translate("PaperTab", u"&Resolve", None))
        pass
    # retranslateUi

