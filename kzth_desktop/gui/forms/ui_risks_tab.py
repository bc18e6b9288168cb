# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risks_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RisksTab(object):
    def setupUi(self, RisksTab):
        if not RisksTab.objectName():
            RisksTab.setObjectName(u"RisksTab")
        self.risksLayout = QVBoxLayout(RisksTab)
        self.risksLayout.setObjectName(u"risksLayout")
        self.risksBar = QHBoxLayout()
        self.risksBar.setObjectName(u"risksBar")
        self.periodLabel = QLabel(RisksTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.risksBar.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(RisksTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.risksBar.addWidget(self.periodCombo)

        self.territoryLabel = QLabel(RisksTab)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.risksBar.addWidget(self.territoryLabel)

        self.territoryCombo = QComboBox(RisksTab)
        self.territoryCombo.setObjectName(u"territoryCombo")

        self.risksBar.addWidget(self.territoryCombo)

        self.expertLabel = QLabel(RisksTab)
        self.expertLabel.setObjectName(u"expertLabel")

        self.risksBar.addWidget(self.expertLabel)

        self.expertEdit = QLineEdit(RisksTab)
        self.expertEdit.setObjectName(u"expertEdit")

        self.risksBar.addWidget(self.expertEdit)

        self.risksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.risksBar.addItem(self.risksSpacer)

        self.methodButton = QPushButton(RisksTab)
        self.methodButton.setObjectName(u"methodButton")

        self.risksBar.addWidget(self.methodButton)


        self.risksLayout.addLayout(self.risksBar)

        self.methodSummary = QLabel(RisksTab)
        self.methodSummary.setObjectName(u"methodSummary")
        self.methodSummary.setText(u"")
        self.methodSummary.setWordWrap(True)

        self.risksLayout.addWidget(self.methodSummary)

        self.risksSplitter = QSplitter(RisksTab)
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

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.territoryLabel.setBuddy(self.territoryCombo)
        self.expertLabel.setBuddy(self.expertEdit)
        self.likelihoodLabel.setBuddy(self.likelihoodSpin)
        self.impactLabel.setBuddy(self.impactSpin)
        self.scoreCommentLabel.setBuddy(self.scoreCommentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RisksTab)

        QMetaObject.connectSlotsByName(RisksTab)
    # setupUi

    def retranslateUi(self, RisksTab):
        self.periodLabel.setText(QCoreApplication.translate("RisksTab", u"Assessment period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("RisksTab", u"Assessment period", None))
#endif // QT_CONFIG(accessibility)
        self.territoryLabel.setText(QCoreApplication.translate("RisksTab", u"Territory:", None))
#if QT_CONFIG(accessibility)
        self.territoryCombo.setAccessibleName(QCoreApplication.translate("RisksTab", u"Territory", None))
#endif // QT_CONFIG(accessibility)
        self.expertLabel.setText(QCoreApplication.translate("RisksTab", u"Expert:", None))
#if QT_CONFIG(accessibility)
        self.expertEdit.setAccessibleName(QCoreApplication.translate("RisksTab", u"Expert", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.methodButton.setAccessibleName(QCoreApplication.translate("RisksTab", u"Method\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.methodButton.setText(QCoreApplication.translate("RisksTab", u"Method\u2026", None))
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("RisksTab", u"Risk register", None))
#endif // QT_CONFIG(accessibility)
        self.heatMapLabel.setText(QCoreApplication.translate("RisksTab", u"Heat map (likelihood \u00d7 impact):", None))
#if QT_CONFIG(accessibility)
        self.heatMapTable.setAccessibleName(QCoreApplication.translate("RisksTab", u"Heat map (likelihood \u00d7 impact)", None))
#endif // QT_CONFIG(accessibility)
        self.likelihoodLabel.setText(QCoreApplication.translate("RisksTab", u"Likelihood (1-5):", None))
#if QT_CONFIG(accessibility)
        self.likelihoodSpin.setAccessibleName(QCoreApplication.translate("RisksTab", u"Likelihood (1-5)", None))
#endif // QT_CONFIG(accessibility)
        self.impactLabel.setText(QCoreApplication.translate("RisksTab", u"Impact (1-5):", None))
#if QT_CONFIG(accessibility)
        self.impactSpin.setAccessibleName(QCoreApplication.translate("RisksTab", u"Impact (1-5)", None))
#endif // QT_CONFIG(accessibility)
        self.scoreCommentLabel.setText(QCoreApplication.translate("RisksTab", u"Comment:", None))
#if QT_CONFIG(accessibility)
        self.scoreCommentEdit.setAccessibleName(QCoreApplication.translate("RisksTab", u"Comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveScoreButton.setAccessibleName(QCoreApplication.translate("RisksTab", u"Save my score", None))
#endif // QT_CONFIG(accessibility)
        self.saveScoreButton.setText(QCoreApplication.translate("RisksTab", u"Save my score", None))
        self.justificationLabel.setText(QCoreApplication.translate("RisksTab", u"Justification (where the experts and the data differ by 2 or more):", None))
#if QT_CONFIG(accessibility)
        self.justificationEdit.setAccessibleName(QCoreApplication.translate("RisksTab", u"Justification", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveJustificationButton.setAccessibleName(QCoreApplication.translate("RisksTab", u"Save the justification", None))
#endif // QT_CONFIG(accessibility)
        self.saveJustificationButton.setText(QCoreApplication.translate("RisksTab", u"Save the justification", None))
        pass
    # retranslateUi

