<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AlertView</name>
    <message>
      <location filename="../ui/alert_view.py" line="55" />
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="56" />
      <source>P(recently cleared) after</source>
      <translation>P(récemment défriché) après</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="57" />
      <source>Patch</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="58" />
      <source>Clearing</source>
      <translation>Défrichement</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="59" />
      <source>Review</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="63" />
      <source>Alert report (PDF)...</source>
      <translation>Rapport d'alertes (PDF)...</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="64" />
      <source>Make the PDF report of this compare output: a summary page and a page per alert patch, with the review decisions.</source>
      <translation>Produire le rapport PDF de cette sortie de comparaison : une page de synthèse et une page par zone d'alerte, avec les décisions de la revue.</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="124" />
      <source>not compared (one date)</source>
      <translation>non comparé (une seule date)</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="135" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="137" />
      <source>{}: tile {} of {}</source>
      <translation>{} : tuile {} sur {}</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>{}, {} ha cleared</source>
      <translation>{}, {} ha défrichés</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>no tier</source>
      <translation>pas de niveau</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="146" />
      <source>not delineated</source>
      <translation>non délimité</translation>
    </message>
  </context>
  <context>
    <name>AreaPicker</name>
    <message>
      <location filename="../ui/area_picker.py" line="52" />
      <source>The map view</source>
      <translation>La vue de la carte</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="53" />
      <source>A rectangle drawn on the map</source>
      <translation>Un rectangle dessiné sur la carte</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="54" />
      <source>A polygon layer</source>
      <translation>Une couche de polygones</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="56" />
      <source>Draw on the map...</source>
      <translation>Dessiner sur la carte...</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="64" />
      <source>Selected features only</source>
      <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="106" />
      <source>Draw a rectangle on the map first (Draw on the map...).</source>
      <translation>Dessinez d'abord un rectangle sur la carte (Dessiner sur la carte...).</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="108" />
      <source>Add a polygon layer to the project, or choose another area.</source>
      <translation>Ajoutez une couche de polygones au projet ou choisissez une autre zone.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="109" />
      <source>Select features of '{}', or untick 'Selected features only'.</source>
      <translation>Sélectionnez des entités de '{}', ou décochez « Entités sélectionnées uniquement ».</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="116" />
      <source>the rectangle drawn</source>
      <translation>le rectangle dessiné</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="119" />
      <source>the selected features of '{}'</source>
      <translation>les entités sélectionnées de '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="120" />
      <source>the features of '{}'</source>
      <translation>les entités de '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="121" />
      <source>the map view</source>
      <translation>la vue de la carte</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="143" />
      <source>Deforestation Classifier</source>
      <translation>Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="144" />
      <source>Drag a rectangle on the map: the area to work on. Esc or another tool cancels.</source>
      <translation>Tracez un rectangle sur la carte : la zone de travail. Échap ou un autre outil annule.</translation>
    </message>
  </context>
  <context>
    <name>ChipPanel</name>
    <message>
      <location filename="../ui/chip_panel.py" line="92" />
      <source>The 100 x 100 px chip the model saw (R = NIR B08, G = Red B04, B = Green B03), shown at {} x {} px.</source>
      <translation>La vignette de 100 x 100 px que le modèle a vue (R = PIR B08, V = Rouge B04, B = Vert B03), affichée à {} x {} px.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="106" />
      <source>Folder of the chips (&lt;tile_id&gt;.png)</source>
      <translation>Dossier des vignettes (&lt;tile_id&gt;.png)</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="107" />
      <source>The chips folder (CHIPS_FOLDER) of the classification{}, remembered for this layer. Tiles without a chip file there are rendered again from the source raster.</source>
      <translation>Le dossier des vignettes (CHIPS_FOLDER) de la classification{}, mémorisé pour cette couche. Les tuiles sans fichier de vignette y sont à nouveau rendues à partir du raster source.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="115" />
      <source>The Sentinel-2 raster the classification{} was made from: chips missing from the chips folder are rendered from it exactly as the classifier did.</source>
      <translation>Le raster Sentinel-2 dont la classification{} est issue : les vignettes absentes du dossier des vignettes en sont rendues exactement comme le classificateur l'a fait.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="127" />
      <source>Chips folder</source>
      <translation>Dossier des vignettes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="128" />
      <source>Source raster</source>
      <translation>Raster source</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="132" />
      <source> of the {}</source>
      <translation> sur les {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="174" />
      <source>{} is not a readable image.</source>
      <translation>{} n'est pas une image lisible.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="177" />
      <source>Chip file {}, as the model saw it.</source>
      <translation>Fichier de vignette {}, tel que le modèle l'a vu.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="189" />
      <source>no chip</source>
      <translation>pas de vignette</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="210" />
      <source>The chip could not be rendered from {}: {}</source>
      <translation>La vignette n'a pas pu être rendue à partir de {} : {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="212" />
      <source>no chip file in the chips folder</source>
      <translation>pas de fichier de vignette dans le dossier des vignettes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="213" />
      <source>no chips folder</source>
      <translation>pas de dossier de vignettes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="214" />
      <source>Rendered from the source raster {} ({}).</source>
      <translation>Rendu à partir du raster source {} ({}).</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="221" />
      <source>No chip file: choose the chips folder or the source raster{} under 'Chip source and reviewer'.</source>
      <translation>Pas de fichier de vignette : choisissez le dossier des vignettes ou le raster source{} sous « Source des vignettes et vérificateur ».</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="238" />
      <source>The source raster cannot be used: {}</source>
      <translation>Le raster source ne peut pas être utilisé : {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="264" />
      <source>Using {} (not a layer of the project).</source>
      <translation>Utilisation de {} (pas une couche du projet).</translation>
    </message>
  </context>
  <context>
    <name>ClearingsDialog</name>
    <message>
      <location filename="../ui/clearings_dialog.py" line="46" />
      <source>Find new clearings</source>
      <translation>Trouver les nouveaux défrichements</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="50" />
      <source>Fetches Sentinel-2 L2A of both date windows over the area (each 1 km tile from its clearest acquisition), classifies both, compares them and opens the review on the alerts. Every output is written into the project folder below.</source>
      <translation>Récupère Sentinel-2 L2A des deux fenêtres de dates sur la zone (chaque tuile de 1 km depuis son acquisition la plus claire), classe les deux, les compare et ouvre la vérification sur les alertes. Toutes les sorties sont écrites dans le dossier de projet ci-dessous.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="57" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="59" />
      <source>Before: from / to</source>
      <translation>Avant : du / au</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="61" />
      <source>After: from / to</source>
      <translation>Après : du / au</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="66" />
      <source>Maximum scene cloud</source>
      <translation>Nuages maximum de la scène</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="69" />
      <source>Project folder name</source>
      <translation>Nom du dossier du projet</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="76" />
      <source>Count tiles with imagery</source>
      <translation>Compter les tuiles avec imagerie</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="88" />
      <source>Fetch and compare</source>
      <translation>Récupérer et comparer</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="114" />
      <source>Outputs: {}</source>
      <translation>Sorties : {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="126" />
      <source>{} tiles of 1 km in the area; classifying both dates takes at most {}. Count the tiles with imagery to know more.</source>
      <translation>{} tuiles de 1 km dans la zone ; classer les deux dates prend au plus {}. Comptez les tuiles avec imagerie pour en savoir plus.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="141" />
      <source>The imagery cannot be counted: {}</source>
      <translation>L'imagerie ne peut pas être comptée : {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="143" />
      <source>{} of the area's {} tiles of 1 km have imagery on both dates; classifying them takes about {}.</source>
      <translation>{} des {} tuiles de 1 km de la zone ont de l'imagerie aux deux dates ; leur classification prend environ {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="156" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="157" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="159" />
      <source>{}: 'from' {} is after 'to' {}.</source>
      <translation>{} : 'du' {} est après 'au' {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="163" />
      <source>The Before window must end before the After window starts.</source>
      <translation>La fenêtre Avant doit se terminer avant le début de la fenêtre Après.</translation>
    </message>
  </context>
  <context>
    <name>ClearingsFlow</name>
    <message>
      <location filename="../ui/clearings_flow.py" line="80" />
      <source>Cannot create the project folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Impossible de créer le dossier du projet {} : {}. Choisissez un autre dossier de sortie dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="90" />
      <source>Finding new clearings over {} into {}</source>
      <translation>Recherche de nouveaux défrichements sur {} dans {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="103" />
      <location filename="../ui/clearings_flow.py" line="110" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="103" />
      <location filename="../ui/clearings_flow.py" line="110" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="106" />
      <source>fetching Sentinel-2 of {} ({} to {})</source>
      <translation>récupération de Sentinel-2 de {} ({} au {})</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="112" />
      <source>classifying {}</source>
      <translation>classification de {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="116" />
      <source>comparing the two dates</source>
      <translation>comparaison des deux dates</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="134" />
      <source>Kept {} from the earlier run.</source>
      <translation>{} conservé de l'exécution précédente.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="138" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>L'algorithme {} n'est pas enregistré. Réactivez l'extension dans Extensions &gt; Installer/Gérer les extensions.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="142" />
      <source>Find new clearings: {}</source>
      <translation>Trouver les nouveaux défrichements : {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="154" />
      <source>Find new clearings '{}': step {} of 5, {} ({} %). Cancel is in the status bar.</source>
      <translation>Trouver les nouveaux défrichements '{}' : étape {} sur 5, {} ({} %). Annuler se trouve dans la barre d'état.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="183" />
      <source>Cancelled while {}.</source>
      <translation>Annulé pendant : {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="185" />
      <source>see the Processing log</source>
      <translation>voir le journal de traitement</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="186" />
      <source>Stopped while {}: {}</source>
      <translation>Arrêté pendant {} : {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="192" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="196" />
      <source>{} Resume continues in {}: what is written is kept.</source>
      <translation>{} Reprendre continue dans {} : ce qui est écrit est conservé.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="208" />
      <source>Find new clearings '{}': {} alert tiles. Every output is in {}; the review is open on the alerts.</source>
      <translation>Trouver les nouveaux défrichements '{}' : {} tuiles en alerte. Toutes les sorties sont dans {} ; la vérification est ouverte sur les alertes.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Clearings</source>
      <translation>Défrichements</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>Alert patches</source>
      <translation>Zones d'alerte</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>After: tiles</source>
      <translation>Après : tuiles</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>Before: tiles</source>
      <translation>Avant : tuiles</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>After: image</source>
      <translation>Après : image</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="229" />
      <source>Before: image</source>
      <translation>Avant : image</translation>
    </message>
  </context>
  <context>
    <name>DecisionBar</name>
    <message>
      <location filename="../ui/decision_bar.py" line="29" />
      <source>Confirm</source>
      <translation>Confirmer</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="30" />
      <location filename="../ui/decision_bar.py" line="129" />
      <source>Confirm the model's label</source>
      <translation>Confirmer l'étiquette du modèle</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="33" />
      <source>Correct to:</source>
      <translation>Corriger en :</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Forest</source>
      <translation>Forêt</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Cleared</source>
      <translation>Défriché</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="37" />
      <source>Non-forest</source>
      <translation>Non-forêt</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="41" />
      <source>Correct the label to {}</source>
      <translation>Corriger l'étiquette en {}</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="47" />
      <source>Unclear</source>
      <translation>Incertain</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="48" />
      <source>Mark the tile as unclear: cannot tell from the imagery</source>
      <translation>Marquer la tuile comme incertaine : impossible de trancher sur l'imagerie</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="53" />
      <location filename="../ui/decision_bar.py" line="123" />
      <source>Comment ({}; Enter saves)</source>
      <translation>Commentaire ({} ; Entrée enregistre)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="55" />
      <source>A comment on this tile ({}). Saved with the next decision, on Enter, or when you move to another tile. Esc returns to the review keys.</source>
      <translation>Un commentaire sur cette tuile ({}). Enregistré avec la prochaine décision, avec Entrée, ou quand vous passez à une autre tuile. Échap revient aux touches de vérification.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="61" />
      <source>Previous</source>
      <translation>Précédente</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="62" />
      <source>Previous tile</source>
      <translation>Tuile précédente</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next</source>
      <translation>Suivante</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next tile</source>
      <translation>Tuile suivante</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="70" />
      <source>On the map, a tile's fill is its class: the reviewed label once reviewed, else the model's. Its outline tells the review: {}; thin grey = not reviewed yet.</source>
      <translation>Sur la carte, le remplissage d'une tuile est sa classe : l'étiquette vérifiée une fois vérifiée, sinon celle du modèle. Son contour indique la vérification : {} ; gris fin = pas encore vérifiée.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="81" />
      <source>Reason:</source>
      <translation>Motif :</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="84" />
      <source>(none given)</source>
      <translation>(aucun donné)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="87" />
      <source>Why the model is wrong or the tile unclear: chosen before a correction (or with its key), saved with it; on a tile already corrected it is saved at once.</source>
      <translation>Pourquoi le modèle a tort ou la tuile est incertaine : choisi avant une correction (ou avec sa touche), enregistré avec elle ; sur une tuile déjà corrigée, enregistré immédiatement.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="96" />
      <source>Agree</source>
      <translation>D'accord</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="97" />
      <source>The decision is right</source>
      <translation>La décision est juste</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="98" />
      <source>Disagree</source>
      <translation>Pas d'accord</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="99" />
      <source>The decision is wrong (say why in the comment)</source>
      <translation>La décision est fausse (dites pourquoi dans le commentaire)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="122" />
      <source>Audit note ({}; Enter saves)</source>
      <translation>Note d'audit ({} ; Entrée enregistre)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="128" />
      <source>The alert is real: confirm the later date's label</source>
      <translation>L'alerte est réelle : confirmer l'étiquette de la date postérieure</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="143" />
      <source>Confirm  [{}]</source>
      <translation>Confirmer  [{}]</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="146" />
      <source>Confirm alert: {}  [{}]</source>
      <translation>Confirmer l'alerte : {}  [{}]</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="147" />
      <source>Confirm: {}  [{}]</source>
      <translation>Confirmer : {}  [{}]</translation>
    </message>
  </context>
  <context>
    <name>DeforestationClassifierPlugin</name>
    <message>
      <location filename="../plugin.py" line="57" />
      <location filename="../plugin.py" line="74" />
      <source>Deforestation Classifier</source>
      <translation>Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Classer la déforestation (tuiles de 1 km)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation in 1 km tiles
Classifies the active Sentinel-2 raster layer within the current map view into 1 km tiles: standing forest, recently cleared, long-term non-forest.</source>
      <translation>Classer la déforestation en tuiles de 1 km
Classe la couche raster Sentinel-2 active dans la vue actuelle de la carte en tuiles de 1 km : forêt sur pied, récemment défriché, non-forêt de longue date.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles</source>
      <translation>Vérifier les tuiles de déforestation</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles
Opens the review panel on the active classification layer: confirm or correct each tile's label, starting with the likeliest recent clearings. On a comparison of two dates: its alerts, patch by patch, before and after side by side.</source>
      <translation>Vérifier les tuiles de déforestation
Ouvre le panneau de vérification sur la couche de classification active : confirmez ou corrigez l'étiquette de chaque tuile, en commençant par les défrichements récents les plus probables. Sur une comparaison de deux dates : ses alertes, zone par zone, avant et après côte à côte.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it</source>
      <translation>Afficher le raster tel que le modèle le voit</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it
Styles the active Sentinel-2 raster in false colour: red = B08 (near infrared), green = B04, blue = B03, each from DN 0 to 3000, as the model's chips.</source>
      <translation>Afficher le raster tel que le modèle le voit
Style le raster Sentinel-2 actif en fausses couleurs : rouge = B08 (proche infrarouge), vert = B04, bleu = B03, chacune de DN 0 à 3000, comme les vignettes du modèle.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Classer cette zone à partir de Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2
Fetches the least cloudy Sentinel-2 L2A acquisition of the map view from Earth Search (the model's training source), adds it styled as the model sees it and classifies it.</source>
      <translation>Classer cette zone à partir de Sentinel-2
Récupère l'acquisition Sentinel-2 L2A la moins nuageuse de la vue de la carte sur Earth Search (la source d'entraînement du modèle), l'ajoute stylée telle que le modèle la voit et la classe.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings</source>
      <translation>Trouver les nouveaux défrichements</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings
Fetches Sentinel-2 of two date windows over an area (the map view, a rectangle drawn or a polygon layer), classifies both, compares them and opens the review on the alerts. Every output is written into a named project folder.</source>
      <translation>Trouver les nouveaux défrichements
Récupère Sentinel-2 de deux fenêtres de dates sur une zone (la vue de la carte, un rectangle dessiné ou une couche de polygones), classe les deux, les compare et ouvre la vérification sur les alertes. Toutes les sorties sont écrites dans un dossier de projet nommé.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="135" />
      <source>Settings...</source>
      <translation>Paramètres...</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="137" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
  </context>
  <context>
    <name>DeforestationDiagnostics</name>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="27" />
      <source>Copy diagnostics</source>
      <translation>Copier le diagnostic</translation>
    </message>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="29" />
      <source>Copies a report to paste when something goes wrong: versions, backend and devices, model files with their SHA-256, settings and the last run's log. Your home folder and user name are replaced and API keys are left out.</source>
      <translation>Copie un rapport à coller quand quelque chose ne va pas : versions, backend et appareils, fichiers du modèle avec leur SHA-256, paramètres et journal de la dernière exécution. Votre dossier personnel et votre nom d'utilisateur sont remplacés et les clés d'API sont omises.</translation>
    </message>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="36" />
      <source>Diagnostics copied</source>
      <translation>Diagnostic copié</translation>
    </message>
  </context>
  <context>
    <name>DeforestationProvider</name>
    <message>
      <location filename="../processing_provider/provider.py" line="24" />
      <source>Deforestation Classifier</source>
      <translation>Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="27" />
      <source>Deforestation Classifier (Sentinel-2, LFM2.5-VL)</source>
      <translation>Classificateur de déforestation (Sentinel-2, LFM2.5-VL)</translation>
    </message>
  </context>
  <context>
    <name>DeforestationSettingsPage</name>
    <message>
      <location filename="../ui/settings_page.py" line="62" />
      <source>Deforestation Classifier</source>
      <translation>Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="89" />
      <location filename="../ui/settings_page.py" line="96" />
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="93" />
      <source>Model card: {} (downloaded on first use)</source>
      <translation>Fiche du modèle : {} (téléchargé à la première utilisation)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="95" />
      <source>Custom GGUF pair</source>
      <translation>Paire GGUF personnalisée</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="100" />
      <source>Model folder (download cache)</source>
      <translation>Dossier des modèles (cache de téléchargement)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="103" />
      <location filename="../ui/settings_page.py" line="107" />
      <source>GGUF files (*.gguf)</source>
      <translation>Fichiers GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="104" />
      <source>Text model (GGUF)</source>
      <translation>Modèle de texte (GGUF)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="108" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Projecteur de vision (GGUF mmproj)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="110" />
      <source>Download the model card's files when they are missing (toolbar, Processing, qgis_process)</source>
      <translation>Télécharger les fichiers de la fiche du modèle s'ils manquent (barre d'outils, Traitement, qgis_process)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="119" />
      <source>Check files</source>
      <translation>Vérifier les fichiers</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="122" />
      <source>Download model...</source>
      <translation>Télécharger le modèle...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="126" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="127" />
      <source>Licence of the model card's weights: {}</source>
      <translation>Licence des poids de la fiche du modèle : {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="135" />
      <source>Toolbar output folder</source>
      <translation>Dossier de sortie de la barre d'outils</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="142" />
      <source>Inference</source>
      <translation>Inférence</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="146" />
      <source>Embedded llama.cpp (llama-cpp-python, in QGIS)</source>
      <translation>llama.cpp intégré (llama-cpp-python, dans QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="148" />
      <source>OpenAI-compatible server (llama-server, ...)</source>
      <translation>Serveur compatible OpenAI (llama-server, ...)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="149" />
      <source>Local llama-server started by the plugin (GPU, no compiler)</source>
      <translation>llama-server local démarré par l'extension (GPU, sans compilateur)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="151" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="154" />
      <source>The llama-server executable of a llama.cpp release (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon). Empty: llama-server on PATH.</source>
      <translation>L'exécutable llama-server d'une version de llama.cpp (Vulkan pour les GPU AMD/Intel, CUDA pour NVIDIA, Metal sur Apple silicon). Vide : llama-server dans le PATH.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="158" />
      <source>llama-server executable</source>
      <translation>Exécutable llama-server</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="166" />
      <source>Server URL</source>
      <translation>URL du serveur</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="171" />
      <source>API key (QGIS authentication)</source>
      <translation>Clé d'API (authentification QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="175" />
      <source>automatic ({})</source>
      <translation>automatique ({})</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="176" />
      <source>CPU threads</source>
      <translation>Threads CPU</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="180" />
      <location filename="../ui/settings_page.py" line="364" />
      <source>all</source>
      <translation>toutes</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="181" />
      <source>Layers offloaded to the GPU: 0 = CPU only, -1 = all. Needs a GPU build of llama-cpp-python.</source>
      <translation>Couches déchargées sur le GPU : 0 = CPU seulement, -1 = toutes. Nécessite une compilation GPU de llama-cpp-python.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="186" />
      <source>automatic (the faster of CPU and GPU, measured)</source>
      <translation>automatique (le plus rapide du CPU et du GPU, mesuré)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="192" />
      <source>GPU offload (layers)</source>
      <translation>Déchargement GPU (couches)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="196" />
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="200" />
      <source>Tiles sent to each server at the same time (a pool of several URLs: to each of them).</source>
      <translation>Tuiles envoyées simultanément à chaque serveur (un groupe de plusieurs URL : à chacune d'elles).</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="202" />
      <source>Requests in flight</source>
      <translation>Requêtes simultanées</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="208" />
      <source>Sentinel-2 imagery</source>
      <translation>Imagerie Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="213" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="217" />
      <source>Collections (comma-separated)</source>
      <translation>Collections (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="221" />
      <source>Dependencies</source>
      <translation>Dépendances</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="227" />
      <source>Install dependencies...</source>
      <translation>Installer les dépendances...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="273" />
      <source>Environment variables override these settings now: {}</source>
      <translation>Des variables d'environnement remplacent maintenant ces paramètres : {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="309" />
      <source>The custom model pair was saved but cannot be used: {}</source>
      <translation>La paire de modèles personnalisée a été enregistrée mais ne peut pas être utilisée : {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="334" />
      <source>{} Folder: {}</source>
      <translation>{} Dossier : {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="342" />
      <source>Not needed for the server backend.</source>
      <translation>Inutile pour le backend serveur.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="347" />
      <source>llama-cpp-python {} is available.</source>
      <translation>llama-cpp-python {} est disponible.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="348" />
      <source>Missing: {}.</source>
      <translation>Manquant : {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="376" />
      <source>CPU only (this llama.cpp build has no GPU backend)</source>
      <translation>CPU seulement (cette compilation de llama.cpp n'a pas de backend GPU)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="378" />
      <source>CPU only (this llama.cpp build found no usable GPU device)</source>
      <translation>CPU seulement (cette compilation de llama.cpp n'a trouvé aucun GPU utilisable)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="380" />
      <source>CPU only (llama-cpp-python is not installed)</source>
      <translation>CPU seulement (llama-cpp-python n'est pas installé)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="388" />
      <source>CPU: {}.</source>
      <translation>CPU : {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="390" />
      <source>Last measurement: {}.</source>
      <translation>Dernière mesure : {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="392" />
      <source>Not measured yet: the first run with GPU offload automatic times a few chips on the CPU and on the GPU and keeps the faster.</source>
      <translation>Pas encore mesuré : la première exécution avec déchargement GPU automatique chronomètre quelques vignettes sur le CPU et sur le GPU et garde le plus rapide.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="402" />
      <source>Found: {}</source>
      <translation>Trouvé : {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="403" />
      <source>No llama-server found: download a llama.cpp release for this system and choose its llama-server here, or put it on PATH.</source>
      <translation>Aucun llama-server trouvé : téléchargez une version de llama.cpp pour ce système et choisissez son llama-server ici, ou placez-le dans le PATH.</translation>
    </message>
  </context>
  <context>
    <name>DependenciesDialog</name>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="50" />
      <source>Installing llama-cpp-python for the Deforestation Classifier</source>
      <translation>Installation de llama-cpp-python pour le Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="75" />
      <source>Unexpected error: {}</source>
      <translation>Erreur inattendue : {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="92" />
      <source>Deforestation Classifier: install dependencies</source>
      <translation>Classificateur de déforestation : installer les dépendances</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="106" />
      <source>llama-cpp-python {} is installed ({}).</source>
      <translation>llama-cpp-python {} est installé ({}).</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="108" />
      <source>&lt;b&gt;Missing:&lt;/b&gt; {reason}. The classifier runs the model with {pin}; it will be installed for this plugin only, into the folder below, without touching QGIS's own packages.</source>
      <translation>&lt;b&gt;Manquant :&lt;/b&gt; {reason}. Le classificateur exécute le modèle avec {pin} ; il sera installé pour cette extension seulement, dans le dossier ci-dessous, sans toucher aux paquets de QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="126" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="130" />
      <source>Detected: {}. Proposed: {}.</source>
      <translation>Détecté : {}. Proposé : {}.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="135" />
      <source>Prebuilt wheel index</source>
      <translation>Index de wheels précompilées</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="142" />
      <source>unavailable: {}</source>
      <translation>indisponible : {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="143" />
      <source>Install into</source>
      <translation>Installer dans</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="156" />
      <source>Install</source>
      <translation>Installer</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="161" />
      <source>Install from an offline bundle...</source>
      <translation>Installer depuis un paquet hors ligne...</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="163" />
      <source>A folder written by `make offline-bundle` (a USB stick): installs its wheels for this system with no network and copies its model files into the model folder.</source>
      <translation>Un dossier écrit par `make offline-bundle` (une clé USB) : installe ses wheels pour ce système sans réseau et copie ses fichiers de modèle dans le dossier des modèles.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="181" />
      <source>none (source build)</source>
      <translation>aucun (compilation depuis les sources)</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="182" />
      <source>default: {}</source>
      <translation>par défaut : {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="215" />
      <source>Installing... a source build can take several minutes.</source>
      <translation>Installation... une compilation depuis les sources peut prendre plusieurs minutes.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="221" />
      <source>Offline bundle folder</source>
      <translation>Dossier du paquet hors ligne</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="243" />
      <source>Installed ({}). The classifier can run now.</source>
      <translation>Installé ({}). Le classificateur peut maintenant fonctionner.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="245" />
      <source>llama-cpp-python installed: {}</source>
      <translation>llama-cpp-python installé : {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="252" />
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="253" />
      <source>Installation failed: {}</source>
      <translation>Échec de l'installation : {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="255" />
      <source>Installing llama-cpp-python failed: {}
{}</source>
      <translation>Échec de l'installation de llama-cpp-python : {}
{}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="271" />
      <source>{}. The classifier cannot run until it is installed.</source>
      <translation>{}. Le classificateur ne peut pas fonctionner tant qu'il n'est pas installé.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="319" />
      <source>Install dependencies...</source>
      <translation>Installer les dépendances...</translation>
    </message>
  </context>
  <context>
    <name>DialogWords</name>
    <message>
      <location filename="../ui/dialog_words.py" line="16" />
      <source>the STAC API setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>le paramètre API STAC (Paramètres &gt; Options &gt; Classificateur de déforestation)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="18" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="19" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="20" />
      <source>Maximum scene cloud</source>
      <translation>Nuages maximum de la scène</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="22" />
      <source>the collections setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>le paramètre des collections (Paramètres &gt; Options &gt; Classificateur de déforestation)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="24" />
      <source>the area</source>
      <translation>la zone</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="25" />
      <source>tile by tile</source>
      <translation>tuile par tuile</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="26" />
      <source>the tile limit</source>
      <translation>la limite de tuiles</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaDialog</name>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="29" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Classer cette zone à partir de Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="32" />
      <source>The area is classified from Sentinel-2 L2A of the dates below (Earth Search, the model's training source), each 1 km tile from the acquisition clearest over it, streamed: only the area's pixels are read. The maximum scene cloud applies when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE off).</source>
      <translation>La zone est classée à partir de Sentinel-2 L2A des dates ci-dessous (Earth Search, la source d'entraînement du modèle), chaque tuile de 1 km depuis l'acquisition la plus claire sur elle, lue en flux : seuls les pixels de la zone sont lus. Les nuages maximum de la scène s'appliquent quand une seule acquisition est prise pour toute la zone (fetch_sentinel2 avec PER_TILE désactivé).</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="43" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="53" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="54" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="55" />
      <source>Maximum scene cloud</source>
      <translation>Nuages maximum de la scène</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaFlow</name>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="49" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>L'algorithme {} n'est pas enregistré. Réactivez l'extension dans Extensions &gt; Installer/Gérer les extensions.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="67" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Impossible de créer le dossier de sortie {} : {}. Choisissez un autre dossier de sortie dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="83" />
      <source>Deforestation Classifier: fetching Sentinel-2</source>
      <translation>Classificateur de déforestation : récupération de Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="89" />
      <source>Fetching Sentinel-2 L2A {} to {} over {} into {}</source>
      <translation>Récupération de Sentinel-2 L2A du {} au {} sur {} dans {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="92" />
      <source>Searching Sentinel-2 L2A from {} to {} (at most {} % cloud); cancel in the status bar.</source>
      <translation>Recherche de Sentinel-2 L2A du {} au {} (au plus {} % de nuages) ; annulation dans la barre d'état.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="108" />
      <source>Sentinel-2 fetch cancelled.</source>
      <translation>Récupération Sentinel-2 annulée.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="110" />
      <source>The Sentinel-2 fetch failed; see the Processing log.</source>
      <translation>La récupération Sentinel-2 a échoué ; voir le journal de traitement.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="117" />
      <source>Sentinel-2 {}</source>
      <translation>Sentinel-2 {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="119" />
      <source>The fetched scene {} cannot be opened.</source>
      <translation>La scène récupérée {} ne peut pas être ouverte.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="129" />
      <source>Fetched {} ({})</source>
      <translation>Récupéré {} ({})</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <location filename="../ui/model_download.py" line="56" />
      <source>Downloading the deforestation model</source>
      <translation>Téléchargement du modèle de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="75" />
      <source>Unexpected error during the download: {}</source>
      <translation>Erreur inattendue pendant le téléchargement : {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="99" />
      <source>Deforestation Classifier: download the model</source>
      <translation>Classificateur de déforestation : télécharger le modèle</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="111" />
      <source>&lt;p&gt;The classifier needs the model's two GGUF files, which are not on this computer yet:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; from &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), into &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence} By downloading you accept its terms.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Le classificateur a besoin des deux fichiers GGUF du modèle, qui ne sont pas encore sur cet ordinateur :&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total : &lt;b&gt;{total:.1f} Mo&lt;/b&gt; depuis &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), dans &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence :&lt;/b&gt; {licence} En téléchargeant, vous en acceptez les conditions.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="133" />
      <source>Download</source>
      <translation>Télécharger</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="136" />
      <source>Use files already on this computer...</source>
      <translation>Utiliser des fichiers déjà sur cet ordinateur...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="138" />
      <source>Choose the text model GGUF and its mmproj vision projector (downloaded another way, or copied from another computer); they are checked, then used.</source>
      <translation>Choisissez le GGUF du modèle de texte et son projecteur de vision mmproj (téléchargés autrement, ou copiés d'un autre ordinateur) ; ils sont vérifiés, puis utilisés.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="142" />
      <source>Use an offline bundle...</source>
      <translation>Utiliser un paquet hors ligne...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="144" />
      <source>A folder written by `make offline-bundle` (on a USB stick, for instance): its model files are checked against the SHA-256 in its bundle.json and copied into the model folder. No network is needed.</source>
      <translation>Un dossier écrit par `make offline-bundle` (sur une clé USB, par exemple) : ses fichiers de modèle sont vérifiés avec le SHA-256 de son bundle.json, puis copiés dans le dossier du modèle. Aucun réseau n'est nécessaire.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="157" />
      <source>{} is set (offline mode): downloads are disabled. Unset it, use files already on this computer, or use an offline bundle written by `make offline-bundle`.</source>
      <translation>{} est défini (mode hors ligne) : les téléchargements sont désactivés. Supprimez-le, utilisez des fichiers déjà sur cet ordinateur, ou un paquet hors ligne écrit par `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="178" />
      <source>Downloading... (resumes where it stopped if interrupted)</source>
      <translation>Téléchargement... (reprend là où il s'est arrêté en cas d'interruption)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="196" />
      <source>The text model (GGUF), e.g. {}</source>
      <translation>Le modèle de texte (GGUF), p. ex. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="197" />
      <location filename="../ui/model_download.py" line="202" />
      <source>GGUF model (*.gguf)</source>
      <translation>Modèle GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="201" />
      <source>Its vision projector (mmproj GGUF), e.g. {}</source>
      <translation>Son projecteur de vision (GGUF mmproj), p. ex. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="212" />
      <source>These files cannot be used: {}</source>
      <translation>Ces fichiers ne peuvent pas être utilisés : {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="217" />
      <source>Model files on this computer used: {} and {}</source>
      <translation>Fichiers du modèle présents sur cet ordinateur utilisés : {} et {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="230" />
      <source>Offline bundle folder</source>
      <translation>Dossier du paquet hors ligne</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="239" />
      <source>Checking and copying the model files of the offline bundle...</source>
      <translation>Vérification et copie des fichiers de modèle du paquet hors ligne...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="255" />
      <source>Copied from the offline bundle and verified.</source>
      <translation>Copié depuis le paquet hors ligne et vérifié.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="256" />
      <source>Model files copied from the offline bundle {} into {} and verified</source>
      <translation>Fichiers du modèle copiés du paquet hors ligne {} vers {} et vérifiés</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="270" />
      <source>Cancelled. The model files copied whole are kept; none is left half copied.</source>
      <translation>Annulé. Les fichiers de modèle copiés en entier sont conservés ; aucun n'est laissé à moitié copié.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="273" />
      <source>The offline bundle cannot be used: {}</source>
      <translation>Le paquet hors ligne ne peut pas être utilisé : {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="283" />
      <source>Downloaded and verified.</source>
      <translation>Téléchargé et vérifié.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="284" />
      <source>Model files downloaded and verified in {}</source>
      <translation>Fichiers du modèle téléchargés et vérifiés dans {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="292" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="294" />
      <source>Cancelled. What was already downloaded is kept (the next download resumes there); nothing is kept when nothing came.</source>
      <translation>Annulé. Ce qui a déjà été téléchargé est conservé (le prochain téléchargement reprend là) ; rien n'est conservé si rien n'est arrivé.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="297" />
      <source>unknown error</source>
      <translation>erreur inconnue</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="298" />
      <source>Download failed: {}</source>
      <translation>Échec du téléchargement : {}</translation>
    </message>
    <message>
      <source>{} is set (offline mode): downloads are disabled. Unset it, or use files already on this computer.</source>
      <translation type="vanished">{} est défini (mode hors ligne) : les téléchargements sont désactivés. Supprimez-le, ou utilisez des fichiers déjà sur cet ordinateur.</translation>
    </message>
  </context>
  <context>
    <name>QueueFilterBar</name>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="40" />
      <source>Queue</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Recently cleared</source>
      <translation>Récemment défriché</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Standing forest</source>
      <translation>Forêt sur pied</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>Long-term non-forest</source>
      <translation>Non-forêt de longue date</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>All classes</source>
      <translation>Toutes les classes</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="46" />
      <source>Which tiles to review: one class as the model labelled it, or all classified tiles. Ordered by that class's probability, highest first (tile order when the layer has no probabilities).</source>
      <translation>Tuiles à vérifier : une classe telle que le modèle l'a attribuée, ou toutes les tuiles classées. Triées par probabilité de cette classe, la plus haute d'abord (ordre des tuiles quand la couche n'a pas de probabilités).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="52" />
      <source>Only confidence below</source>
      <translation>Seulement confiance inférieure à</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="82" />
      <source>Unavailable: this layer has no confidence values (the inference path gave labels only).</source>
      <translation>Indisponible : cette couche n'a pas de valeurs de confiance (le mode d'inférence n'a donné que des étiquettes).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="85" />
      <source>Low-confidence filter unavailable: the layer has no confidence values.</source>
      <translation>Filtre de faible confiance indisponible : la couche n'a pas de valeurs de confiance.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="88" />
      <source>Only tiles whose confidence (the probability of the model's label) is below the threshold.</source>
      <translation>Seulement les tuiles dont la confiance (la probabilité de l'étiquette du modèle) est inférieure au seuil.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="92" />
      <source>No probabilities in this layer: tiles are in tile order.</source>
      <translation>Pas de probabilités dans cette couche : les tuiles sont dans l'ordre des tuiles.</translation>
    </message>
  </context>
  <context>
    <name>RelabelRun</name>
    <message>
      <location filename="../ui/relabel_run.py" line="50" />
      <source>{} exists and is not overwritten: choose another file.</source>
      <translation>{} existe et n'est pas écrasé : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="56" />
      <source>Cannot create the folder {}: {}</source>
      <translation>Impossible de créer le dossier {} : {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="61" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>L'algorithme {} n'est pas enregistré. Réactivez l'extension dans Extensions &gt; Installer/Gérer les extensions.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="69" />
      <source>Relabel {} at {:.2f}</source>
      <translation>Réétiqueter {} à {:.2f}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="77" />
      <source>Relabelling '{}' at RC_THRESHOLD {:.2f} into {}</source>
      <translation>Réétiquetage de '{}' à RC_THRESHOLD {:.2f} dans {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="119" />
      <source>The result {} could not be loaded.</source>
      <translation>Le résultat {} n'a pas pu être chargé.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="124" />
      <source>{} tiles newly RECENTLY_CLEARED ({} in all), {} labels changed. Layer '{}' added.</source>
      <translation>{} tuiles nouvellement RECENTLY_CLEARED ({} en tout), {} étiquettes changées. Couche '{}' ajoutée.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="132" />
      <source>Relabelling failed. Processing log:
{}</source>
      <translation>Échec du réétiquetage. Journal de traitement :
{}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="134" />
      <location filename="../ui/relabel_run.py" line="135" />
      <source>unknown error</source>
      <translation>erreur inconnue</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="136" />
      <source>Relabelling failed: {}</source>
      <translation>Échec du réétiquetage : {}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <location filename="../ui/review_dock.py" line="65" />
      <source>Review deforestation tiles</source>
      <translation>Vérifier les tuiles de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="88" />
      <source>Layer: &lt;b&gt;{}&lt;/b&gt;</source>
      <translation>Couche : &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="94" />
      <source>'{}' is a temporary layer: decisions are lost when QGIS closes unless you save it.</source>
      <translation>'{}' est une couche temporaire : les décisions sont perdues à la fermeture de QGIS si vous ne l'enregistrez pas.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="98" />
      <source>'{}' is in QGIS's temporary Processing folder ({}), which QGIS deletes when it closes: review decisions saved there would be lost. Save the layer elsewhere first (right-click &gt; Export &gt; Save Features As...) and review the copy.</source>
      <translation>'{}' se trouve dans le dossier temporaire de Traitement de QGIS ({}), que QGIS supprime à sa fermeture : les décisions de vérification enregistrées là seraient perdues. Enregistrez d'abord la couche ailleurs (clic droit &gt; Exporter &gt; Sauvegarder les entités sous...) et vérifiez la copie.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="197" />
      <location filename="../ui/review_dock.py" line="407" />
      <source>No layer</source>
      <translation>Aucune couche</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="229" />
      <source>Queue: the alert tiles, patch by patch (the largest patch first), the most probable first within a patch.</source>
      <translation>File : les tuiles en alerte, zone par zone (la plus grande zone d'abord), les plus probables d'abord au sein d'une zone.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="274" />
      <source>Audit mode: a second look at reviewed tiles</source>
      <translation>Mode audit : un second regard sur les tuiles vérifiées</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="282" />
      <source>Chip source and reviewer</source>
      <translation>Source des vignettes et vérificateur</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="296" />
      <source>Written to the reviewer field; remembered.</source>
      <translation>Écrit dans le champ du vérificateur ; mémorisé.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="299" />
      <source>Reviewer</source>
      <translation>Vérificateur</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="409" />
      <source>No tiles match the queue filter</source>
      <translation>Aucune tuile ne correspond au filtre de la file</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="412" />
      <source>Tile {} of {}</source>
      <translation>Tuile {} sur {}</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="415" />
      <source>No tile</source>
      <translation>Aucune tuile</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="441" />
      <source>The reviewed layer was removed.</source>
      <translation>La couche vérifiée a été supprimée.</translation>
    </message>
  </context>
  <context>
    <name>TileDetails</name>
    <message>
      <location filename="../ui/tile_details.py" line="14" />
      <source>no class</source>
      <translation>pas de classe</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CONFIRMED</source>
      <translation>CONFIRMÉE</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CORRECTED</source>
      <translation>CORRIGÉE</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>UNCLEAR</source>
      <translation>INCERTAINE</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>CLASSIFIED</source>
      <translation>CLASSÉE</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>NO_DATA</source>
      <translation>PAS DE DONNÉES</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>INSUFFICIENT_DATA</source>
      <translation>DONNÉES INSUFFISANTES</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>CLOUDY</source>
      <translation>NUAGEUSE</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>ERROR</source>
      <translation>ERREUR</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="34" />
      <source>not reviewed</source>
      <translation>non vérifiée</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="38" />
      <source> as {}</source>
      <translation> en {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="40" />
      <source> by {}</source>
      <translation> par {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="48" />
      <source>Audit: {}</source>
      <translation>Audit : {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="53" />
      <source>not computed</source>
      <translation>non calculé</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="66" />
      <source>Model says</source>
      <translation>Le modèle dit</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="67" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="70" />
      <source>P({})</source>
      <translation>P({})</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="73" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="76" />
      <source>Review</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="85" />
      <source>, {:.0%} valid data</source>
      <translation>, {:.0%} de données valides</translation>
    </message>
  </context>
  <context>
    <name>ToolbarFlow</name>
    <message>
      <location filename="../ui/toolbar_flow.py" line="109" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>L'algorithme {} n'est pas enregistré. Réactivez l'extension dans Extensions &gt; Installer/Gérer les extensions.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="116" />
      <source>The area covers {} tiles of 1 km of '{}'. Classifying them takes {} (less with a GPU). Continue?</source>
      <translation>La zone couvre {} tuiles de 1 km de '{}'. Leur classification prend {} (moins avec un GPU). Continuer ?</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="133" />
      <source>Cannot show the layer as the model sees it: {}</source>
      <translation>Impossible d'afficher la couche telle que le modèle la voit : {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="138" />
      <source>'{}' is shown as the model sees it: red = band {} (B08, near infrared), green = band {} (B04), blue = band {} (B03), each from DN 0 to 3000. Forest is red, bare soil and clearings green-blue to grey.</source>
      <translation>'{}' est affiché tel que le modèle le voit : rouge = bande {} (B08, proche infrarouge), vert = bande {} (B04), bleu = bande {} (B03), chacune de DN 0 à 3000. La forêt est rouge, le sol nu et les défrichements vert-bleu à gris.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="163" />
      <source>Deforestation Classifier</source>
      <translation>Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="184" />
      <source>Select a Sentinel-2 raster layer in the Layers panel, zoom to the area to classify and click the button again. With no raster, 'Classify this area from Sentinel-2' streams one for the map extent.</source>
      <translation>Sélectionnez une couche raster Sentinel-2 dans le panneau Couches, zoomez sur la zone à classer et cliquez à nouveau sur le bouton. Sans raster, « Classer cette zone à partir de Sentinel-2 » en lit un en flux pour l'emprise de la carte.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="192" />
      <source>The layer '{}' is a web or database raster; the classifier reads raster files (GeoTIFF, VRT, SENTINEL2 product). Select a Sentinel-2 raster file layer in the Layers panel and click again.</source>
      <translation>La couche '{}' est un raster web ou de base de données ; le classificateur lit des fichiers raster (GeoTIFF, VRT, produit SENTINEL2). Sélectionnez une couche de fichier raster Sentinel-2 dans le panneau Couches et cliquez à nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="200" />
      <source>The map view does not show the layer '{}'. Zoom to the area to classify (only tiles inside the view are processed) and click again.</source>
      <translation>La vue de la carte ne montre pas la couche '{}'. Zoomez sur la zone à classer (seules les tuiles dans la vue sont traitées) et cliquez à nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="203" />
      <source>The area chosen does not overlap the layer '{}'. Choose an area over it and run again.</source>
      <translation>La zone choisie ne chevauche pas la couche '{}'. Choisissez une zone qui la recouvre et relancez.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="232" />
      <source>Model file(s) not found: {}; the download dialog is open (about {:.0f} MB).</source>
      <translation>Fichier(s) du modèle introuvable(s) : {} ; la fenêtre de téléchargement est ouverte (environ {:.0f} Mo).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="237" />
      <source>Model file(s) not found: {}. Put the model card's two GGUF files (text model and mmproj vision projector) there, or set their paths in the plugin settings, then click again.</source>
      <translation>Fichier(s) du modèle introuvable(s) : {}. Placez-y les deux fichiers GGUF de la fiche du modèle (modèle de texte et projecteur de vision mmproj), ou indiquez leurs chemins dans les paramètres de l'extension, puis cliquez à nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="251" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Impossible de créer le dossier de sortie {} : {}. Choisissez un autre dossier de sortie dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="293" />
      <source>Deforestation Classifier: {}</source>
      <translation>Classificateur de déforestation : {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="306" />
      <source>Classifying {} within {} into {}</source>
      <translation>Classification de {} dans {} vers {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the map view</source>
      <translation>la vue de la carte</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the area</source>
      <translation>la zone</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="311" />
      <source>Classifying '{}': {} tiles of 1 km, loading the model. Cancel is in the status bar (the task's progress).</source>
      <translation>Classification de '{}' : {} tuiles de 1 km, chargement du modèle. Annuler se trouve dans la barre d'état (la progression de la tâche).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="330" />
      <source>Classifying '{}': {}. Cancel is in the status bar.</source>
      <translation>Classification de '{}' : {}. Annuler se trouve dans la barre d'état.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="376" />
      <source>{} tiles classified ({}). Layer '{}' added at the top of the Layers panel, in the group '{}'.</source>
      <translation>{} tuiles classées ({}). Couche '{}' ajoutée en haut du panneau Couches, dans le groupe '{}'.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="389" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="394" />
      <source>Cancelled. {} tiles were done{}. Resume classifies the rest into the same file.</source>
      <translation>Annulé. {} tuiles faites{}. Reprendre classe le reste dans le même fichier.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="396" />
      <source> and are shown</source>
      <translation> et sont affichées</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="403" />
      <source>The result {} could not be loaded.</source>
      <translation>Le résultat {} n'a pas pu être chargé.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="417" />
      <source>Classification failed. Processing log:
{}</source>
      <translation>Échec de la classification. Journal de traitement :
{}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="419" />
      <source>unknown error</source>
      <translation>erreur inconnue</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="421" />
      <source>Classification failed: {} See the Log Messages panel (Deforestation Classifier and Processing tabs) for details.</source>
      <translation>Échec de la classification : {} Voir le panneau Journal des messages (onglets Classificateur de déforestation et Traitement) pour les détails.</translation>
    </message>
  </context>
  <context>
    <name>TuneRecallPanel</name>
    <message>
      <location filename="../ui/tune_recall.py" line="34" />
      <source>Tune recall</source>
      <translation>Ajuster le rappel</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="46" />
      <source>A tile whose probability of RECENTLY_CLEARED reaches this value would be RECENTLY_CLEARED; the others take their most probable class. Lower it to miss fewer clearings, at the cost of more tiles to review.</source>
      <translation>Une tuile dont la probabilité de RECENTLY_CLEARED atteint cette valeur serait RECENTLY_CLEARED ; les autres prennent leur classe la plus probable. Abaissez-la pour manquer moins de défrichements, au prix de plus de tuiles à vérifier.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="51" />
      <source>RECENTLY_CLEARED from</source>
      <translation>RECENTLY_CLEARED à partir de</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="57" />
      <source>A tile becomes RECENTLY_CLEARED when its probability of RECENTLY_CLEARED reaches the threshold. Below it the tile keeps the model's label, and a tile the model labelled RECENTLY_CLEARED keeps it while RECENTLY_CLEARED is its most probable class. Lowering the threshold adds clearings; raising it only removes those a lower threshold added.</source>
      <translation>Une tuile devient RECENTLY_CLEARED quand sa probabilité de RECENTLY_CLEARED atteint le seuil. En dessous, la tuile garde l'étiquette du modèle, et une tuile que le modèle a étiquetée RECENTLY_CLEARED la garde tant que RECENTLY_CLEARED est sa classe la plus probable. Abaisser le seuil ajoute des défrichements ; le relever ne retire que ceux qu'un seuil plus bas avait ajoutés.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="65" />
      <source>Above 0.5 the labels are the same as at 0.5: a tile whose probability of RECENTLY_CLEARED is above 0.5 always has it as its most probable class, so it stays RECENTLY_CLEARED. To check the model's own clearings, review them (the least confident first) instead.</source>
      <translation>Au-dessus de 0,5, les étiquettes sont les mêmes qu'à 0,5 : une tuile dont la probabilité de RECENTLY_CLEARED dépasse 0,5 l'a toujours comme classe la plus probable, elle reste donc RECENTLY_CLEARED. Pour contrôler les défrichements trouvés par le modèle lui-même, vérifiez-les plutôt (les moins sûrs d'abord).</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="73" />
      <source>Relabel into a new layer...</source>
      <translation>Réétiqueter dans une nouvelle couche...</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="74" />
      <source>Runs 'Relabel tiles for another RECENTLY_CLEARED threshold' into a new GeoPackage (next to this one unless you choose another file) and adds it to the project. This layer and its review decisions stay as they are; the copy keeps them.</source>
      <translation>Lance « Réétiqueter les tuiles pour un autre seuil de RECENTLY_CLEARED » dans un nouveau GeoPackage (à côté de celui-ci sauf si vous choisissez un autre fichier) et l'ajoute au projet. Cette couche et ses décisions de vérification restent telles quelles ; la copie les conserve.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="120" />
      <source>Relabelled layer</source>
      <translation>Couche réétiquetée</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="120" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
  </context>
  <context>
    <name>deforestation</name>
    <message>
      <location filename="../core/alerts/carry.py" line="137" />
      <source>Decisions already made in the output kept: {} tiles ({} no longer an alert, marked {} in {}).</source>
      <translation>Décisions déjà prises dans la sortie conservées : {} tuiles ({} ne sont plus en alerte, marquées {} dans {}).</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="142" />
      <source>{} tiles hold a later decision from the input than the one the output had; the later one is kept: {}.</source>
      <translation>{} tuiles ont une décision de l'entrée plus récente que celle de la sortie ; la plus récente est conservée : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="146" />
      <source>{} tiles with a decision are not in the new output (their decision is not carried): {}.</source>
      <translation>{} tuiles avec une décision ne sont pas dans la nouvelle sortie (leur décision n'est pas reportée) : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="132" />
      <source>{} has a tile_id that is not a tile id of Classify deforestation: {!r}. Use layers written by deforestation:classify.</source>
      <translation>{} a un tile_id qui n'est pas un identifiant de tuile de Classer la déforestation : {!r}. Utilisez des couches écrites par deforestation:classify.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="137" />
      <source>{} must hold tiles of one grid; it holds {}.</source>
      <translation>{} doit contenir des tuiles d'une seule grille ; elle en contient {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="146" />
      <source>BEFORE and AFTER are on different tile grids ({} and {}): their tiles do not line up. Classify both rasters on the same grid (the same UTM zone), e.g. by reprojecting one raster into the other's CRS first.</source>
      <translation>BEFORE et AFTER sont sur des grilles de tuiles différentes ({} et {}) : leurs tuiles ne s'alignent pas. Classez les deux rasters sur la même grille (la même zone UTM), p. ex. en reprojetant d'abord un raster dans le SCR de l'autre.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="289" />
      <source>{} tiles compared, {} alerts in {} patches; {} only in BEFORE, {} only in AFTER, {} without a class in one of the dates (not guessed).</source>
      <translation>{} tuiles comparées, {} alertes dans {} zones ; {} seulement dans BEFORE, {} seulement dans AFTER, {} sans classe à l'une des dates (non devinées).</translation>
    </message>
    <message>
      <location filename="../core/alerts/date_imagery.py" line="97" />
      <source>{} has no band {}.</source>
      <translation>{} n'a pas de bande {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/delineation.py" line="44" />
      <source>No clearings: they need an image of each date (BEFORE_RASTER and AFTER_RASTER, or BEFORE and AFTER outputs that record their source raster). A clearing is a change between two images: one image alone cannot tell a fresh clearing from an old pasture or bare ground. cleared_ha and confidence are left empty.</source>
      <translation>Pas de défrichements : il faut une image de chaque date (BEFORE_RASTER et AFTER_RASTER, ou des sorties BEFORE et AFTER qui enregistrent leur raster source). Un défrichement est un changement entre deux images : une image seule ne distingue pas un défrichement récent d'un vieux pâturage ou d'un sol nu. cleared_ha et confidence restent vides.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="136" />
      <source>{} field decisions written into the compare output; {} unchanged.</source>
      <translation>{} décisions de terrain écrites dans la sortie de la comparaison ; {} inchangées.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="139" />
      <source>{} tiles hold an office decision as late as the field's or later: the office's is kept, the field's is not written (it stays in the field package): {}.</source>
      <translation>{} tuiles ont une décision du bureau aussi récente que celle du terrain ou plus : celle du bureau est conservée, celle du terrain n'est pas écrite (elle reste dans le paquet de terrain) : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="144" />
      <source>{} tiles were decided in the office after the package was made and later in the field: the field's later decision is written: {}.</source>
      <translation>{} tuiles ont été décidées au bureau après la création du paquet puis plus tard sur le terrain : la décision ultérieure du terrain est écrite : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="148" />
      <source>{} field decisions are on tiles the compare output does not have: {}.</source>
      <translation>{} décisions de terrain portent sur des tuiles absentes de la sortie de la comparaison : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="151" />
      <source>{} field decisions cannot be written (fix them in the field package and merge again): {}.</source>
      <translation>{} décisions de terrain ne peuvent pas être écrites (corrigez-les dans le paquet de terrain et fusionnez à nouveau) : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="66" />
      <source>{} already holds a field package ({}). Merge its decisions first (deforestation:field_merge), then choose an empty folder or remove the old package.</source>
      <translation>{} contient déjà un paquet de terrain ({}). Fusionnez d'abord ses décisions (deforestation:field_merge), puis choisissez un dossier vide ou supprimez l'ancien paquet.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="92" />
      <source>{} could not be copied into the field package {}: {}</source>
      <translation>{} n'a pas pu être copié dans le paquet de terrain {} : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="93" />
      <source>GDAL refused it</source>
      <translation>GDAL l'a refusé</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="134" />
      <source>{} chips could not be made: {}</source>
      <translation>{} vignettes n'ont pas pu être créées : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="153" />
      <source>The field package {} could not be opened after writing it: {}</source>
      <translation>Le paquet de terrain {} n'a pas pu être ouvert après son écriture : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="162" />
      <source>No chips: give BEFORE_RASTER and AFTER_RASTER (the images the compare output was made from) to attach the before and after chips of each tile.</source>
      <translation>Pas de vignettes : donnez BEFORE_RASTER et AFTER_RASTER (les images dont la sortie de la comparaison est issue) pour joindre les vignettes avant et après de chaque tuile.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="185" />
      <source>{} is not a field package: it needs a layer '{}' with the fields of a compare output and the review fields. Choose the {} that deforestation:field_package wrote.</source>
      <translation>{} n'est pas un paquet de terrain : il lui faut une couche '{}' avec les champs d'une sortie de comparaison et les champs de vérification. Choisissez le {} écrit par deforestation:field_package.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>confirmed</source>
      <translation>confirmé</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>rejected</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>unclear</source>
      <translation>incertain</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="48" />
      <source>not reviewed</source>
      <translation>non vérifiée</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="52" />
      <source>{:.1f} ha</source>
      <translation>{:.1f} ha</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="56" />
      <source>not computed</source>
      <translation>non calculé</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <source>before {}; after {}</source>
      <translation>avant {} ; après {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <location filename="../core/alerts/report.py" line="63" />
      <location filename="../core/alerts/report.py" line="157" />
      <source>not recorded</source>
      <translation>non enregistré</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="76" />
      <source>{}: not reviewed</source>
      <translation>{} : non vérifiée</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="79" />
      <source> as {}</source>
      <translation> en {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="80" />
      <location filename="../core/review/audit.py" line="75" />
      <source> by {}</source>
      <translation> par {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="80" />
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="84" />
      <source>; reason: {}</source>
      <translation> ; motif : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="88" />
      <source>; audit: {} by {}</source>
      <translation> ; audit : {} par {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="94" />
      <source>; not audited</source>
      <translation> ; non auditée</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="111" />
      <source>{} alert tiles in {} patches.</source>
      <translation>{} tuiles en alerte dans {} zones.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="112" />
      <source>Alert tiles by tier and decision:</source>
      <translation>Tuiles en alerte par niveau et décision :</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="116" />
      <location filename="../core/alerts/report.py" line="171" />
      <source>no tier</source>
      <translation>pas de niveau</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="119" />
      <source>Total area of the alert patches: {}; cleared inside them: {}.</source>
      <translation>Surface totale des zones d'alerte : {} ; défrichée à l'intérieur : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="123" />
      <source>Cleared area by overlay polygon:</source>
      <translation>Surface défrichée par polygone de superposition :</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="126" />
      <source>Cleared area by overlay polygon: no overlay given or no overlap.</source>
      <translation>Surface défrichée par polygone de superposition : aucune superposition donnée ou aucun chevauchement.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="127" />
      <source>Dates: {}.</source>
      <translation>Dates : {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="128" />
      <source>Provenance:</source>
      <translation>Provenance :</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="158" />
      <source>{:.5f}, {:.5f} (longitude, latitude, WGS 84)</source>
      <translation>{:.5f}, {:.5f} (longitude, latitude, WGS 84)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="169" />
      <source>Area: {} ({} tile(s) of 1 km²); cleared inside: {}</source>
      <translation>Zone : {} ({} tuile(s) de 1 km²) ; défriché à l'intérieur : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="171" />
      <source>Tier: {}</source>
      <translation>Niveau : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="172" />
      <source>P(recently cleared) after: highest {}, lowest {}</source>
      <translation>P(récemment défriché) après : plus haute {}, plus basse {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="174" />
      <source>Dates: {}</source>
      <translation>Dates : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="175" />
      <source>Centroid: {}</source>
      <translation>Centroïde : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="178" />
      <source>Overlaps: {}</source>
      <translation>Chevauchements : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="180" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="181" />
      <source>Clearings delineated: {}</source>
      <translation>Défrichements délimités : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="182" />
      <source>Decisions (review and audit):</source>
      <translation>Décisions (vérification et audit) :</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="186" />
      <source>Alert patch {}</source>
      <translation>Zone d'alerte {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="168" />
      <location filename="../core/alerts/report_layout.py" line="256" />
      <source>Deforestation alert report</source>
      <translation>Rapport d'alertes de déforestation</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="175" />
      <source>Page area</source>
      <translation>Zone de la page</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="178" />
      <source>Location of this page</source>
      <translation>Emplacement de cette page</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="179" />
      <source>Every alert; this page's area framed</source>
      <translation>Toutes les alertes ; la zone de cette page encadrée</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="180" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="181" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="184" />
      <source>{}: no image given (BEFORE_RASTER, AFTER_RASTER)</source>
      <translation>{} : aucune image donnée (BEFORE_RASTER, AFTER_RASTER)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="217" />
      <source>the layout could not be exported (code {})</source>
      <translation>la mise en page n'a pas pu être exportée (code {})</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="266" />
      <location filename="../processing_provider/compare_algorithm.py" line="120" />
      <source>Alert tiles</source>
      <translation>Tuiles en alerte</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="276" />
      <source>The report could not be written to {}: {}</source>
      <translation>Le rapport n'a pas pu être écrit dans {} : {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="306" />
      <location filename="../processing_provider/compare_algorithm.py" line="115" />
      <location filename="../processing_provider/compare_algorithm.py" line="122" />
      <location filename="../processing_provider/field_project.py" line="154" />
      <source>Clearings</source>
      <translation>Défrichements</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="307" />
      <source>Compare output</source>
      <translation>Sortie de la comparaison</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="308" />
      <source>Plugin version</source>
      <translation>Version de l'extension</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="309" />
      <source>Report made</source>
      <translation>Rapport créé</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>as recorded in the two classify outputs compared (their layer metadata)</source>
      <translation>tel qu'enregistré dans les deux sorties de classification comparées (leurs métadonnées de couche)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="26" />
      <source>Forest lost (alert)</source>
      <translation>Forêt perdue (alerte)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="27" />
      <source>No alert</source>
      <translation>Pas d'alerte</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="46" />
      <source>Highest: alert, clearing and reference agree</source>
      <translation>Très élevé : l'alerte, le défrichement et la référence concordent</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="47" />
      <source>High: alert and clearing agree</source>
      <translation>Élevé : l'alerte et le défrichement concordent</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="48" />
      <source>Candidate: a clearing the model kept as forest</source>
      <translation>Candidat : un défrichement que le modèle a gardé comme forêt</translation>
    </message>
    <message>
      <location filename="../core/alerts/tiers.py" line="118" />
      <source>{} clearings, {:.2f} ha in all. Tiles: {} highest, {} high, {} candidate (kept as forest by the model), {} low; {} alert tiles without a tier (too little of them seen in both images).</source>
      <translation>{} défrichements, {:.2f} ha en tout. Tuiles : {} très élevé, {} élevé, {} candidat (gardées comme forêt par le modèle), {} faible ; {} tuiles en alerte sans niveau (trop peu vues dans les deux images).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="70" />
      <source>FIRST_YEAR {} is before {}, the first year of Hansen loss; choose a year from 2001 on (e.g. 2020).</source>
      <translation>FIRST_YEAR {} est avant {}, la première année de perte Hansen ; choisissez une année à partir de 2001 (p. ex. 2020).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="74" />
      <source>LAST_YEAR {} is before FIRST_YEAR {}; the window is FIRST_YEAR..LAST_YEAR inclusive (e.g. 2020-2024).</source>
      <translation>LAST_YEAR {} est avant FIRST_YEAR {} ; la fenêtre est FIRST_YEAR..LAST_YEAR incluse (p. ex. 2020-2024).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="78" />
      <source>LAST_YEAR {} is beyond what lossyear can encode.</source>
      <translation>LAST_YEAR {} dépasse ce que lossyear peut coder.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="82" />
      <source>CANOPY_THRESHOLD {} is not a percentage (0-100).</source>
      <translation>CANOPY_THRESHOLD {} n'est pas un pourcentage (0-100).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="87" />
      <source>{} {} is not a fraction between 0 and 1.</source>
      <translation>{} {} n'est pas une fraction entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="237" />
      <source>TREECOVER and LOSSYEAR are not on the same pixel grid ({} x {} px at {} vs {} x {} px at {}). Use the treecover2000 and lossyear files of the same granule(s), e.g. build one VRT per layer with gdalbuildvrt over the same granule list, without resampling.</source>
      <translation>TREECOVER et LOSSYEAR ne sont pas sur la même grille de pixels ({} x {} px à {} contre {} x {} px à {}). Utilisez les fichiers treecover2000 et lossyear des mêmes granules, p. ex. en construisant un VRT par couche avec gdalbuildvrt sur la même liste de granules, sans rééchantillonnage.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="245" />
      <source>The Hansen rasters are rotated or not north-up; use the published granules (or a VRT of them) as they are.</source>
      <translation>Les rasters Hansen sont pivotés ou non orientés nord ; utilisez les granules publiées (ou un VRT de celles-ci) telles quelles.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="263" />
      <source>{} cannot be opened by GDAL: {} ({}).</source>
      <translation>{} ne peut pas être ouvert par GDAL : {} ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="266" />
      <source>{} is not a raster GDAL can read: {}.</source>
      <translation>{} n'est pas un raster que GDAL sait lire : {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="135" />
      <source>Cancelled after {} of {} tiles.</source>
      <translation>Annulé après {} tuiles sur {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="136" />
      <source>Done. {}</source>
      <translation>Terminé. {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="171" />
      <source>Feature {}: cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Entité {} : impossible de la transformer dans le SCR des rasters ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="186" />
      <source>TREECOVER has no CRS; the Hansen granules are in EPSG:4326. Set the layer's CRS (Layer Properties &gt; Source) or use the original files.</source>
      <translation>TREECOVER n'a pas de SCR ; les granules Hansen sont en EPSG:4326. Définissez le SCR de la couche (Propriétés de la couche &gt; Source) ou utilisez les fichiers d'origine.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="246" />
      <source>{}: unrecognised coordinate reference system {}.</source>
      <translation>{} : système de coordonnées de référence non reconnu {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="260" />
      <source>The tiles cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Les tuiles ne peuvent pas être transformées dans le SCR des rasters ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="279" />
      <source>LAST_YEAR {} is after the last loss year of {} ({}): loss in {} is not in these files. Use a newer Hansen version or an earlier LAST_YEAR.</source>
      <translation>LAST_YEAR {} est après la dernière année de perte de {} ({}) : la perte de {} n'est pas dans ces fichiers. Utilisez une version plus récente de Hansen ou un LAST_YEAR antérieur.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="300" />
      <source>Hansen granules covering the tiles: {}</source>
      <translation>Granules Hansen couvrant les tuiles : {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="41" />
      <source>No tile has a valid class in both {} and {} ({} features read). Choose the fields that hold the predicted and the reference class, and label some tiles first (review dock or Hansen reference labels).</source>
      <translation>Aucune tuile n'a de classe valide à la fois dans {} et {} ({} entités lues). Choisissez les champs qui contiennent la classe prédite et la classe de référence, et étiquetez d'abord quelques tuiles (panneau de vérification ou étiquettes de référence Hansen).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="47" />
      <source>No reference tile is RECENTLY_CLEARED: its recall is undefined and reported as 0 (zero_division=0).</source>
      <translation>Aucune tuile de référence n'est RECENTLY_CLEARED : son rappel est indéfini et indiqué comme 0 (zero_division=0).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="61" />
      <source>Cannot write the report {}: {}. Choose a writable OUTPUT_HTML path.</source>
      <translation>Impossible d'écrire le rapport {} : {}. Choisissez un chemin OUTPUT_HTML accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="71" />
      <source>{} tiles left out: {} without a valid {}, {} without a valid {}, {} without either.</source>
      <translation>{} tuiles écartées : {} sans {} valide, {} sans {} valide, {} sans aucun des deux.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="78" />
      <source>Values that are not one of {}: {}</source>
      <translation>Valeurs qui ne sont pas parmi {} : {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="82" />
      <source>{} tiles evaluated: accuracy {:.1%}, macro F1 {:.1%}, RECENTLY_CLEARED recall {:.3f}.</source>
      <translation>{} tuiles évaluées : exactitude {:.1%}, F1 macro {:.1%}, rappel de RECENTLY_CLEARED {:.3f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="31" />
      <source>earthsearch:boa_offset_applied is true: the DN are used as stored (the training DN)</source>
      <translation>earthsearch:boa_offset_applied vaut true : les DN sont utilisés tels que stockés (les DN de l'entraînement)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="34" />
      <source>processing baseline {}</source>
      <translation>baseline de traitement {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="35" />
      <source>no processing baseline stated</source>
      <translation>aucune baseline de traitement indiquée</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="36" />
      <source>{}: no BOA offset, DN used as stored</source>
      <translation>{} : pas de décalage BOA, DN utilisés tels que stockés</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="37" />
      <source>earthsearch:boa_offset_applied is false</source>
      <translation>earthsearch:boa_offset_applied vaut false</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="38" />
      <source>no earthsearch:boa_offset_applied</source>
      <translation>pas de earthsearch:boa_offset_applied</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="42" />
      <source>{}, processing baseline {}: the item's raster:bands offset {:g} applied as {:+.0f} DN</source>
      <translation>{}, baseline de traitement {} : le décalage raster:bands de l'item, {:g}, appliqué comme {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="44" />
      <source>{}, processing baseline {}: BOA_ADD_OFFSET -1000 (product specification)</source>
      <translation>{}, baseline de traitement {} : BOA_ADD_OFFSET -1000 (spécification du produit)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="89" />
      <source>Values of {}: {}.</source>
      <translation>Valeurs de {} : {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="131" />
      <source>{} {} ({} tiles)</source>
      <translation>{} {} ({} tuiles)</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="136" />
      <source>{} tiles from {} acquisitions: {}</source>
      <translation>{} tuiles issues de {} acquisitions : {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="139" />
      <source>; {} tiles covered by no acquisition (no data)</source>
      <translation> ; {} tuiles couvertes par aucune acquisition (pas de données)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="99" />
      <source>START_DATE {} is after END_DATE {}.</source>
      <translation>START_DATE {} est après END_DATE {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="108" />
      <source>{} '{}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>{} '{}' n'est pas une date : écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="138" />
      <source>The items {} name no EPSG code (proj:epsg / proj:code): the UTM grid is unknown.</source>
      <translation>Les items {} ne donnent aucun code EPSG (proj:epsg / proj:code) : la grille UTM est inconnue.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="177" />
      <source>Searching {} at {} from {} to {} over lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</source>
      <translation>Recherche de {} à {} du {} au {} sur lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="184" />
      <location filename="../core/fetch/s2_fetch.py" line="308" />
      <location filename="../processing_provider/evaluate_algorithm.py" line="110" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="190" />
      <source>{} items, {} acquisitions over the extent.</source>
      <translation>{} items, {} acquisitions sur l'emprise.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="204" />
      <source>{} has JPEG 2000 assets only (no COG): its bands are read from its *-jp2 assets through GDAL's JPEG 2000 driver over HTTP (/vsicurl/), more slowly than COGs.</source>
      <translation>{} n'a que des assets JPEG 2000 (pas de COG) : ses bandes sont lues depuis ses assets *-jp2 par le pilote JPEG 2000 de GDAL via HTTP (/vsicurl/), plus lentement que des COG.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="213" />
      <source>Grid EPSG:{}, {:.0f} x {:.0f} m</source>
      <translation>Grille EPSG:{}, {:.0f} x {:.0f} m</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="215" />
      <source>Tiles: {}</source>
      <translation>Tuiles : {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="247" />
      <source>{} items were found in more than one collection ({}); each acquisition of an MGRS tile is taken once, from the collection listed first in COLLECTION ({}: for sentinel-2-l2a, the model's training source); left out: {}.</source>
      <translation>{} items ont été trouvés dans plus d'une collection ({}) ; chaque acquisition d'une tuile MGRS est prise une seule fois, dans la collection listée en premier dans COLLECTION ({} : pour sentinel-2-l2a, la source d'entraînement du modèle) ; écartés : {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="269" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %)</source>
      <translation>Acquisition {} : {} (nuages de la scène {:.1f} %)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="272" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %, SCL cloud over the extent {:.1%})</source>
      <translation>Acquisition {} : {} (nuages de la scène {:.1f} %, nuages SCL sur l'emprise {:.1%})</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="287" />
      <source>PER_TILE: the SCL of all {} acquisitions is read over the area; each 1 km tile takes the clearest (MAX_CLOUD_COVER does not apply in this mode).</source>
      <translation>PER_TILE : la SCL des {} acquisitions est lue sur la zone ; chaque tuile de 1 km prend la plus claire (MAX_CLOUD_COVER ne s'applique pas dans ce mode).</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="294" />
      <source>The SCL of no acquisition over the extent{} could be read: check the connection and STAC_URL.</source>
      <translation>La SCL d'aucune acquisition sur l'emprise{} n'a pu être lue : vérifiez la connexion et STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="313" />
      <source>Copying {} to a local GeoTIFF.</source>
      <translation>Copie de {} dans un GeoTIFF local.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="182" />
      <source>No Sentinel-2 scene covers the extent{}. Widen the date window (START_DATE, END_DATE) or check the extent.</source>
      <translation>Aucune scène Sentinel-2 ne couvre l'emprise{}. Élargissez la fenêtre de dates (START_DATE, END_DATE) ou vérifiez l'emprise.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="188" />
      <source>All {} acquisitions over the extent{} are too cloudy: the least cloudy ({}, {}) has {} % cloud, above MAX_CLOUD_COVER = {} %. Raise MAX_CLOUD_COVER or widen the date window.</source>
      <translation>Les {} acquisitions sur l'emprise{} sont toutes trop nuageuses : la moins nuageuse ({}, {}) a {} % de nuages, au-dessus de MAX_CLOUD_COVER = {} %. Augmentez MAX_CLOUD_COVER ou élargissez la fenêtre de dates.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="46" />
      <source>The asset href '{}' of the STAC catalogue was refused: only http:// and https:// assets (and s3:// of public buckets) are read.</source>
      <translation>Le href d'asset '{}' du catalogue STAC a été refusé : seuls les assets http:// et https:// (et s3:// de buckets publics) sont lus.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="55" />
      <source>The item {} has no '{}' asset ({}), neither as a COG nor as '{}-jp2'; is COLLECTION a Sentinel-2 L2A collection?</source>
      <translation>L'item {} n'a pas d'asset '{}' ({}), ni en COG ni en '{}-jp2' ; COLLECTION est-elle une collection Sentinel-2 L2A ?</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="67" />
      <source>The '{}' asset of {} cannot be read ({}): {}.</source>
      <translation>L'asset '{}' de {} ne peut pas être lu ({}) : {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="156" />
      <source>GDAL could not mosaic the '{}' assets: {}.</source>
      <translation>GDAL n'a pas pu mosaïquer les assets '{}' : {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="200" />
      <source>GDAL could not write {}.</source>
      <translation>GDAL n'a pas pu écrire {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="42" />
      <source>The STAC API at {} cannot be reached ({}). Check the internet connection; behind a proxy, set it in QGIS Settings &gt; Options &gt; Network (the search goes through QGIS's network settings); or set STAC_URL to a catalogue you can reach.</source>
      <translation>L'API STAC à {} est injoignable ({}). Vérifiez la connexion Internet ; derrière un proxy, réglez-le dans Paramètres &gt; Options &gt; Réseau de QGIS (la recherche passe par les paramètres réseau de QGIS) ; ou réglez STAC_URL sur un catalogue joignable.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="49" />
      <source>The STAC address '{}' was refused: only http:// and https:// addresses are asked or followed (STAC_URL, the catalogue's next links and redirects).</source>
      <translation>L'adresse STAC '{}' a été refusée : seules les adresses http:// et https:// sont demandées ou suivies (STAC_URL, les liens next du catalogue et les redirections).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="127" />
      <source>The server or a proxy refuses the request: check QGIS's proxy settings.</source>
      <translation>Le serveur ou un proxy refuse la requête : vérifiez les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="130" />
      <source>Check STAC_URL: it should be the API root (it answers /search).</source>
      <translation>Vérifiez STAC_URL : ce doit être la racine de l'API (elle répond à /search).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="131" />
      <source>The STAC API at {} answered HTTP {}. {} {}</source>
      <translation>L'API STAC à {} a répondu HTTP {}. {} {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="136" />
      <source>The STAC API at {} did not answer JSON ({}); check STAC_URL.</source>
      <translation>L'API STAC à {} n'a pas répondu en JSON ({}) ; vérifiez STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="174" />
      <source>The STAC API's next link '{}' was refused: only http:// and https:// links are followed.</source>
      <translation>Le lien next '{}' de l'API STAC a été refusé : seuls les liens http:// et https:// sont suivis.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="64" />
      <source>Expected one {} file in {}, found {} ({}). Put one file per band (B03, B04, B08) in the folder, or build the VRT yourself.</source>
      <translation>Un fichier {} attendu dans {}, {} trouvés ({}). Placez un fichier par bande (B03, B04, B08) dans le dossier, ou construisez le VRT vous-même.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="82" />
      <source>GDAL could not stack the band files of {}.</source>
      <translation>GDAL n'a pas pu empiler les fichiers de bandes de {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="57" />
      <source>Cannot find the {} ({}) band from the band descriptions ({}). Set {} to its band number.</source>
      <translation>Impossible de trouver la bande {} ({}) d'après les descriptions de bandes ({}). Réglez {} sur son numéro de bande.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="61" />
      <source>Several bands look like {} ({}): {} ({}). Set {} to the right one.</source>
      <translation>Plusieurs bandes ressemblent à {} ({}) : {} ({}). Réglez {} sur la bonne.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="70" />
      <source>The raster has {} band(s); a chip needs three (B08, B04, B03). Use a multi-band Sentinel-2 L2A raster, or stack the bands into a VRT first.</source>
      <translation>Le raster a {} bande(s) ; une vignette en demande trois (B08, B04, B03). Utilisez un raster Sentinel-2 L2A multibande, ou empilez d'abord les bandes dans un VRT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="79" />
      <source>{}_BAND is {}, but the raster has {} band(s) (valid numbers are 1 to {}).</source>
      <translation>{}_BAND vaut {}, mais le raster a {} bande(s) (les numéros valides vont de 1 à {}).</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="74" />
      <source>Unrecognised coordinate reference system: {}. Give an EPSG code or a WKT definition.</source>
      <translation>Système de coordonnées de référence non reconnu : {}. Donnez un code EPSG ou une définition WKT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="112" />
      <source>the raster's own UTM zone</source>
      <translation>la zone UTM propre du raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="129" />
      <source>in degrees</source>
      <translation>en degrés</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="130" />
      <source>not a UTM zone</source>
      <translation>pas une zone UTM</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="131" />
      <source>not in metres</source>
      <translation>pas en mètres</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="132" />
      <source>the raster's CRS</source>
      <translation>le SCR du raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="134" />
      <source>{} is {}, so the tiles are cut in the UTM zone of the area's centre ({}) to be 1 km and 10 m on the ground</source>
      <translation>{} est {}, donc les tuiles sont découpées dans la zone UTM du centre de la zone ({}) pour faire 1 km et 10 m au sol</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="158" />
      <source>The extent cannot be transformed into the grid CRS: check the extent's CRS.</source>
      <translation>L'emprise ne peut pas être transformée dans le SCR de la grille : vérifiez le SCR de l'emprise.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="47" />
      <source>{} valid pixels, too few to tell</source>
      <translation>{} pixels valides, trop peu pour trancher</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="48" />
      <source>darkest 1 % of {} valid pixels at Red {:.0f} and Green {:.0f} DN</source>
      <translation>1 % le plus sombre de {} pixels valides à Rouge {:.0f} et Vert {:.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="53" />
      <source>the pixels say the offset was removed ({}: dark targets below {:.0f}, which DN with the +1000 offset do not reach)</source>
      <translation>les pixels indiquent que le décalage a été retiré ({} : cibles sombres sous {:.0f}, que des DN avec le décalage +1000 n'atteignent pas)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="57" />
      <source>the pixels say the +1000 offset is still in ({}: almost none below {:.0f}, dark targets at 1000 plus a few hundred)</source>
      <translation>les pixels indiquent que le décalage +1000 est toujours présent ({} : presque aucun sous {:.0f}, cibles sombres à 1000 plus quelques centaines)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="60" />
      <source>the pixels cannot tell ({}: no dark target such as water or forest, as over desert, snow or cloud)</source>
      <translation>les pixels ne permettent pas de trancher ({} : aucune cible sombre comme l'eau ou la forêt, comme au-dessus d'un désert, de la neige ou des nuages)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="105" />
      <source>{}: the BOA offset could not be checked against the pixels ({}); the metadata decides: {}.</source>
      <translation>{} : le décalage BOA n'a pas pu être vérifié sur les pixels ({}) ; les métadonnées décident : {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>{:+.0f} DN applied</source>
      <translation>{:+.0f} DN appliqué</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>DN used as stored</source>
      <translation>DN utilisés tels que stockés</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="112" />
      <source>{}: the metadata and the pixels disagree about the BOA offset. Metadata: {}. Pixels: {}. The pixels decide: {}.</source>
      <translation>{} : les métadonnées et les pixels divergent sur le décalage BOA. Métadonnées : {}. Pixels : {}. Les pixels décident : {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="115" />
      <source>pixels over metadata: {} ({}; the metadata said: {})</source>
      <translation>les pixels l'emportent sur les métadonnées : {} ({} ; les métadonnées disaient : {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="41" />
      <source>GDAL cannot open the raster '{}': {}</source>
      <translation>GDAL ne peut pas ouvrir le raster '{}' : {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="43" />
      <source>GDAL cannot open the raster '{}'.</source>
      <translation>GDAL ne peut pas ouvrir le raster '{}'.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="56" />
      <source>The raster has no coordinate reference system. Assign one in the layer properties (Source &gt; Assigned Coordinate Reference System) and run again.</source>
      <translation>Le raster n'a pas de système de coordonnées de référence. Attribuez-en un dans les propriétés de la couche (Source &gt; SCR assigné) et relancez.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="105" />
      <source>GDAL could not resample the raster onto the 10 m tile grid.</source>
      <translation>GDAL n'a pas pu rééchantillonner le raster sur la grille de tuiles de 10 m.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="123" />
      <source>GDAL could not read tile {}.</source>
      <translation>GDAL n'a pas pu lire la tuile {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="133" />
      <location filename="../core/imagery/s2_product.py" line="143" />
      <location filename="../models/verify.py" line="170" />
      <source>Cannot read {}: {}</source>
      <translation>Impossible de lire {} : {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="138" />
      <source>Cannot read {}: it declares a DTD, which no Sentinel-2 product XML does.</source>
      <translation>Impossible de lire {} : il déclare une DTD, ce qu'aucun XML de produit Sentinel-2 ne fait.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="179" />
      <source>the raster's band offset {:g} (reflectance) applied as {:+.0f} DN</source>
      <translation>le décalage de bande du raster, {:g} (réflectance), appliqué comme {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="186" />
      <source>float reflectance multiplied by 10000, band offset applied as {:+.0f} DN</source>
      <translation>réflectance en virgule flottante multipliée par 10000, décalage de bande appliqué comme {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="190" />
      <source>float reflectance multiplied by 10000</source>
      <translation>réflectance en virgule flottante multipliée par 10000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="192" />
      <source>the raster's band offset {:+.0f} DN applied</source>
      <translation>le décalage de bande du raster, {:+.0f} DN, appliqué</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="196" />
      <source>BOA_ADD_OFFSET {:+.0f} from the product metadata</source>
      <translation>BOA_ADD_OFFSET {:+.0f} issu des métadonnées du produit</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="201" />
      <source>processing baseline {}: BOA_ADD_OFFSET -1000</source>
      <translation>baseline de traitement {} : BOA_ADD_OFFSET -1000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="218" />
      <source>median {:.3g}</source>
      <translation>médiane {:.3g}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="242" />
      <source>{} (float raster, {})</source>
      <translation>{} (raster en virgule flottante, {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="247" />
      <source>SCALE {:g} given by the user</source>
      <translation>SCALE {:g} donné par l'utilisateur</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="253" />
      <source>OFFSET {:+.0f} DN given by the user</source>
      <translation>OFFSET {:+.0f} DN donné par l'utilisateur</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="260" />
      <source>the fetched scene: {}</source>
      <translation>la scène récupérée : {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="273" />
      <source>a BOA offset</source>
      <translation>un décalage BOA</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="274" />
      <source>the raster</source>
      <translation>le raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="320" />
      <source>The values look like Sentinel-2 L2A DN of processing baseline 04.00 or later with the +1000 BOA offset still in: the darkest 1 % of valid pixels are at Red {:.0f} and Green {:.0f} DN, where harmonised L2A has dark targets (water, shadow, forest in Red) at a few hundred. The chips are too bright. If the raster comes from a SAFE L2A product of 2022-01-25 or later (Copernicus Data Space, Planetary Computer, GEE S2_SR), set OFFSET = -1000; leave OFFSET empty if it is already harmonised (Earth Search, GEE S2_SR_HARMONIZED) and the area has no dark surface.</source>
      <translation>Les valeurs ressemblent à des DN Sentinel-2 L2A de baseline de traitement 04.00 ou ultérieure avec le décalage BOA +1000 toujours présent : le 1 % le plus sombre des pixels valides est à Rouge {:.0f} et Vert {:.0f} DN, alors que le L2A harmonisé a des cibles sombres (eau, ombre, forêt dans le Rouge) à quelques centaines. Les vignettes sont trop claires. Si le raster vient d'un produit SAFE L2A du 2022-01-25 ou ultérieur (Copernicus Data Space, Planetary Computer, GEE S2_SR), mettez OFFSET = -1000 ; laissez OFFSET vide s'il est déjà harmonisé (Earth Search, GEE S2_SR_HARMONIZED) et que la zone n'a pas de surface sombre.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="338" />
      <source>The values look like reflectance x 1000, not x 10000: NIR median {:.0f}, Red median {:.0f} and 99 % of NIR below {:.0f}, where Sentinel-2 L2A DN over land have NIR medians of a few thousand. The chips are almost black. Set SCALE = 10 to turn them into DN.</source>
      <translation>Les valeurs ressemblent à une réflectance x 1000, pas x 10000 : médiane PIR {:.0f}, médiane Rouge {:.0f} et 99 % du PIR sous {:.0f}, alors que les DN Sentinel-2 L2A sur les terres ont des médianes PIR de quelques milliers. Les vignettes sont presque noires. Mettez SCALE = 10 pour les convertir en DN.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="354" />
      <source>The NIR band's values look unusual for Sentinel-2 L2A: median {:.4g} (min {:.4g}, max {:.4g}); expected surface reflectance x 10000 with a median of a few thousand. Check the bands, or set SCALE and OFFSET (DN = raw x SCALE + OFFSET); chips are stretched as DN / 3000 x 255.</source>
      <translation>Les valeurs de la bande PIR semblent inhabituelles pour Sentinel-2 L2A : médiane {:.4g} (min {:.4g}, max {:.4g}) ; attendu une réflectance de surface x 10000 avec une médiane de quelques milliers. Vérifiez les bandes, ou réglez SCALE et OFFSET (DN = brut x SCALE + OFFSET) ; les vignettes sont étirées en DN / 3000 x 255.</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="49" />
      <source>this llama.cpp build has a GPU backend but found no usable GPU device</source>
      <translation>cette compilation de llama.cpp a un backend GPU mais n'a trouvé aucun GPU utilisable</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="50" />
      <source>this llama.cpp build has no GPU backend</source>
      <translation>cette compilation de llama.cpp n'a pas de backend GPU</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="122" />
      <source>CPU {:.3f} s per chip, GPU {} {:.3f} s per chip: {} chosen ({})</source>
      <translation>CPU {:.3f} s par vignette, GPU {} {:.3f} s par vignette : {} choisi ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="155" />
      <source>GPU offload automatic: CPU ({}).</source>
      <translation>Déchargement GPU automatique : CPU ({}).</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="160" />
      <source>GPU offload automatic: timing {} chips on the CPU and on the GPU {} (once for this build, model and device)</source>
      <translation>Déchargement GPU automatique : chronométrage de {} vignettes sur le CPU et sur le GPU {} (une fois pour cette compilation, ce modèle et cet appareil)</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="170" />
      <source>GPU offload automatic: {}.</source>
      <translation>Déchargement GPU automatique : {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="84" />
      <source>Unknown engine {!r}: use {}.</source>
      <translation>Moteur inconnu {!r} : utilisez {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="105" />
      <source>{} file not found: {}. Put the model card's GGUF files (v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) in the model folder, or give their paths as MODEL and MMPROJ.</source>
      <translation>Fichier {} introuvable : {}. Placez les fichiers GGUF de la fiche du modèle (v2_no_coords-Q4_K_M.gguf et mmproj-v2_no_coords-F16.gguf) dans le dossier des modèles, ou donnez leurs chemins comme MODEL et MMPROJ.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="113" />
      <source>Model download cancelled; run the algorithm again to resume it.</source>
      <translation>Téléchargement du modèle annulé ; relancez l'algorithme pour le reprendre.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="128" />
      <source>The managed local llama-server backend is selected but no llama-server executable was found. Download a llama.cpp release for this system (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon) and point the plugin settings at its llama-server, or put it on PATH (or set $DEFORESTATION_LLAMA_SERVER).</source>
      <translation>Le backend llama-server local géré est sélectionné mais aucun exécutable llama-server n'a été trouvé. Téléchargez une version de llama.cpp pour ce système (Vulkan pour les GPU AMD/Intel, CUDA pour NVIDIA, Metal sur Apple silicon) et indiquez son llama-server dans les paramètres de l'extension, ou placez-le dans le PATH (ou définissez $DEFORESTATION_LLAMA_SERVER).</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="144" />
      <source>Starting the local llama-server {} with {} + {} (waiting for /health)</source>
      <translation>Démarrage du llama-server local {} avec {} + {} (attente de /health)</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="150" />
      <source>Backend: local llama-server at {} ({} requests in flight; log: {})</source>
      <translation>Backend : llama-server local à {} ({} requêtes simultanées ; journal : {})</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="162" />
      <source>The server backend is selected but no server URL is set: set it in the plugin settings (or $DEFORESTATION_SERVER_URL), e.g. http://127.0.0.1:8080/v1, or switch the backend back to llama.cpp.</source>
      <translation>Le backend serveur est sélectionné mais aucune URL de serveur n'est définie : définissez-la dans les paramètres de l'extension (ou $DEFORESTATION_SERVER_URL), p. ex. http://127.0.0.1:8080/v1, ou revenez au backend llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="166" />
      <source>Backend: OpenAI-compatible server {} ({} requests in flight per server); MODEL, MMPROJ and ENGINE are not used.</source>
      <translation>Backend : serveur compatible OpenAI {} ({} requêtes simultanées par serveur) ; MODEL, MMPROJ et ENGINE ne sont pas utilisés.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="179" />
      <source>Connecting to {}</source>
      <translation>Connexion à {}</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="184" />
      <source>Loading model {} + {} ({} engine)</source>
      <translation>Chargement du modèle {} + {} (moteur {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="20" />
      <source>The Python package llama-cpp-python is not installed in QGIS's Python ({}). Install it with: python3 -m pip install {}</source>
      <translation>Le paquet Python llama-cpp-python n'est pas installé dans le Python de QGIS ({}). Installez-le avec : python3 -m pip install {}</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>all layers</source>
      <translation>toutes les couches</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>{} layers</source>
      <translation>{} couches</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="182" />
      <source>GPU {} (text model: {} offloaded; vision projector: {})</source>
      <translation>GPU {} (modèle de texte : {} déchargées ; projecteur de vision : {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="187" />
      <source>CPU {}, {} threads (text model and vision projector{})</source>
      <translation>CPU {}, {} threads (modèle de texte et projecteur de vision{})</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="131" />
      <source>The {} file is missing: {}.</source>
      <translation>Le fichier {} est manquant : {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="144" />
      <source>{} does not know {}: it is older than the llama.cpp of the model card's evaluation and cannot be told how many image tokens to make of a chip (docs/MODEL.md). Use a current llama.cpp release.</source>
      <translation>{} ne connaît pas {} : il est plus ancien que le llama.cpp de l'évaluation de la fiche du modèle et on ne peut pas lui indiquer combien de jetons d'image faire d'une vignette (docs/MODEL.md). Utilisez une version actuelle de llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="176" />
      <source>Cannot start {} ({}). Point the plugin settings at a llama-server executable from llama.cpp's releases.</source>
      <translation>Impossible de démarrer {} ({}). Indiquez dans les paramètres de l'extension un exécutable llama-server des versions de llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="202" />
      <source>The local server stopped while starting (exit code {}): {}</source>
      <translation>Le serveur local s'est arrêté au démarrage (code de sortie {}) : {}</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="205" />
      <source>Starting the local server was cancelled.</source>
      <translation>Le démarrage du serveur local a été annulé.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="219" />
      <source>The local server did not answer {} within {:g} s. Its log: {}</source>
      <translation>Le serveur local n'a pas répondu à {} en {:g} s. Son journal : {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="70" />
      <source>The model's answer is not JSON: {!r:.200}</source>
      <translation>La réponse du modèle n'est pas du JSON : {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="73" />
      <source>The model's answer has no valid class_label: {!r:.200}</source>
      <translation>La réponse du modèle n'a pas de class_label valide : {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="103" />
      <source>The rendered prompt does not start with text</source>
      <translation>Le prompt rendu ne commence pas par du texte</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="111" />
      <source>The tokenizer of {} does not tell the three answers apart</source>
      <translation>Le tokeniseur de {} ne distingue pas les trois réponses</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="126" />
      <source>{} has no tokenizer.chat_template</source>
      <translation>{} n'a pas de tokenizer.chat_template</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="159" />
      <source>Tokenization failed for {!r:.80}</source>
      <translation>Échec de la tokenisation pour {!r:.80}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="199" />
      <source>mtmd_bitmap_init failed</source>
      <translation>mtmd_bitmap_init a échoué</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="216" />
      <source>mtmd_input_chunks_init failed</source>
      <translation>mtmd_input_chunks_init a échoué</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="220" />
      <source>mtmd_tokenize failed with {}</source>
      <translation>mtmd_tokenize a échoué avec {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="233" />
      <source>Unexpected mtmd chunk type {}</source>
      <translation>Type de bloc mtmd inattendu {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="45" />
      <location filename="../core/inference/scoring_engine.py" line="67" />
      <source>Model file not found: {}</source>
      <translation>Fichier du modèle introuvable : {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="67" />
      <source>llama.cpp could not load the model pair {} + {}: {}</source>
      <translation>llama.cpp n'a pas pu charger la paire de modèles {} + {} : {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="89" />
      <source>llama.cpp could not load the text model {}</source>
      <translation>llama.cpp n'a pas pu charger le modèle de texte {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="118" />
      <source>llama.cpp could not create a context for {} (n_ctx {}, {} sequences)</source>
      <translation>llama.cpp n'a pas pu créer de contexte pour {} (n_ctx {}, {} séquences)</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="134" />
      <source>mtmd could not load the vision projector {} for {}</source>
      <translation>mtmd n'a pas pu charger le projecteur de vision {} pour {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="138" />
      <source>{} has no vision encoder</source>
      <translation>{} n'a pas d'encodeur de vision</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="176" />
      <source>batch of {} tokens &gt; n_batch {}</source>
      <translation>lot de {} jetons &gt; n_batch {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="187" />
      <source>llama_decode failed with {} ({})</source>
      <translation>llama_decode a échoué avec {} ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="192" />
      <source>No logits for batch index {}</source>
      <translation>Aucun logit pour l'indice de lot {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="222" />
      <source>The engine is closed</source>
      <translation>Le moteur est fermé</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="313" />
      <source>The prompt head differs from the cached one</source>
      <translation>Le début du prompt diffère de celui en cache</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="334" />
      <source>mtmd_encode_chunk failed with {}</source>
      <translation>mtmd_encode_chunk a échoué avec {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="342" />
      <source>mtmd_helper_decode_image_chunk failed with {}</source>
      <translation>mtmd_helper_decode_image_chunk a échoué avec {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="347" />
      <source>The prompt ends with an image: no text before the answer</source>
      <translation>Le prompt se termine par une image : pas de texte avant la réponse</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="45" />
      <source>No server URL is set. Give the OpenAI-compatible base URL (e.g. http://127.0.0.1:8080/v1) in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>Aucune URL de serveur n'est définie. Donnez l'URL de base compatible OpenAI (p. ex. http://127.0.0.1:8080/v1) dans les paramètres de l'extension ou $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="81" />
      <location filename="../core/inference/server_pool.py" line="119" />
      <source>The server engine is closed.</source>
      <translation>Le moteur du serveur est fermé.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="126" />
      <source>The server at {} did not answer with a chat completion: {!r}</source>
      <translation>Le serveur à {} n'a pas répondu par une chat completion : {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="129" />
      <source>The server at {} answered no text: {!r}</source>
      <translation>Le serveur à {} n'a renvoyé aucun texte : {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="155" />
      <location filename="../core/inference/server_http.py" line="234" />
      <source>{} (tried {} times)</source>
      <translation>{} ({} tentatives)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="185" />
      <source>{} (tried {} times, on every server of the pool)</source>
      <translation>{} ({} tentatives, sur chaque serveur du groupe)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="81" />
      <source>{} (The server URL is in the plugin settings or $DEFORESTATION_SERVER_URL; the key in the plugin settings or $DEFORESTATION_SERVER_API_KEY.)</source>
      <translation>{} (L'URL du serveur se trouve dans les paramètres de l'extension ou $DEFORESTATION_SERVER_URL ; la clé dans les paramètres de l'extension ou $DEFORESTATION_SERVER_API_KEY.)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="135" />
      <source>{} Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>{} Vérifiez l'URL du serveur dans les paramètres de l'extension (ou $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="146" />
      <source>What answers at {} is not an HTTP server ({!r}). Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>Ce qui répond à {} n'est pas un serveur HTTP ({!r}). Vérifiez l'URL du serveur dans les paramètres de l'extension (ou $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="164" />
      <source>The server at {} answered something that is not JSON: {!r}</source>
      <translation>Le serveur à {} a répondu quelque chose qui n'est pas du JSON : {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="180" />
      <source>The server at {} refused the request (HTTP {}): the API key is missing or wrong. Set the server's key in the plugin settings (stored in the QGIS authentication database) or in $DEFORESTATION_SERVER_API_KEY.</source>
      <translation>Le serveur à {} a refusé la requête (HTTP {}) : la clé d'API est manquante ou erronée. Définissez la clé du serveur dans les paramètres de l'extension (stockée dans la base d'authentification de QGIS) ou dans $DEFORESTATION_SERVER_API_KEY.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="186" />
      <source>No OpenAI-compatible endpoint at {} (HTTP 404). The server URL must be the base URL that serves /chat/completions and /models, e.g. http://127.0.0.1:8080/v1.</source>
      <translation>Aucun point d'accès compatible OpenAI à {} (HTTP 404). L'URL du serveur doit être l'URL de base qui sert /chat/completions et /models, p. ex. http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="200" />
      <source>The server at {} refused the request (HTTP {}): {}{}</source>
      <translation>Le serveur à {} a refusé la requête (HTTP {}) : {}{}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="239" />
      <source>{}/models is not an OpenAI-compatible model list: {}</source>
      <translation>{}/models n'est pas une liste de modèles compatible OpenAI : {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="245" />
      <source>The server at {} lists no model at {}/models: {!r}. Is it an OpenAI-compatible server with a model loaded?</source>
      <translation>Le serveur à {} ne liste aucun modèle à {}/models : {!r}. Est-ce un serveur compatible OpenAI avec un modèle chargé ?</translation>
    </message>
    <message>
      <location filename="../core/inference/server_pool.py" line="75" />
      <location filename="../core/inference/server_pool.py" line="145" />
      <source>No server of the pool answers: {}</source>
      <translation>Aucun serveur du groupe ne répond : {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="78" />
      <source>'{}' is not a server URL. Give the OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1, in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>'{}' n'est pas une URL de serveur. Donnez l'URL de base compatible OpenAI, p. ex. http://127.0.0.1:8080/v1, dans les paramètres de l'extension ou $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="93" />
      <source>Unknown response format '{}': use one of {}.</source>
      <translation>Format de réponse inconnu '{}' : utilisez l'un de {}.</translation>
    </message>
    <message>
      <location filename="../core/output/input_style.py" line="76" />
      <source>Select a Sentinel-2 raster file layer (GeoTIFF, VRT or SENTINEL2 product) in the Layers panel first.</source>
      <translation>Sélectionnez d'abord une couche de fichier raster Sentinel-2 (GeoTIFF, VRT ou produit SENTINEL2) dans le panneau Couches.</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="61" />
      <source>Standing forest</source>
      <translation>Forêt sur pied</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="62" />
      <source>Recently cleared</source>
      <translation>Récemment défriché</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="114" />
      <location filename="../processing_provider/field_project.py" line="63" />
      <source>Long-term non-forest</source>
      <translation>Non-forêt de longue date</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="120" />
      <source>Reviewed: confirmed (black outline)</source>
      <translation>Vérifiée : confirmée (contour noir)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="121" />
      <source>Reviewed: corrected (magenta outline)</source>
      <translation>Vérifiée : corrigée (contour magenta)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="122" />
      <source>Reviewed: unclear (yellow outline)</source>
      <translation>Vérifiée : incertaine (contour jaune)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="139" />
      <source>Not classified (no data, partial tile, cloud or error)</source>
      <translation>Non classée (pas de données, tuile partielle, nuage ou erreur)</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="82" />
      <source>OUTPUT must be a GeoPackage (.gpkg), not '{}'. Choose a .gpkg file name.</source>
      <translation>OUTPUT doit être un GeoPackage (.gpkg), pas '{}'. Choisissez un nom de fichier .gpkg.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="86" />
      <source>Cannot resume: {} holds no layer of tiles (it was left unfinished, or it is not an output of this algorithm). Nothing was changed. Set OVERWRITE to replace it, or choose another OUTPUT file name.</source>
      <translation>Reprise impossible : {} ne contient aucune couche de tuiles (elle est restée inachevée, ou ce n'est pas une sortie de cet algorithme). Rien n'a été modifié. Activez OVERWRITE pour la remplacer, ou choisissez un autre nom de fichier OUTPUT.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="92" />
      <source>OUTPUT {} already exists{}. Nothing was changed. Set RESUME to continue it with the same settings, choose another OUTPUT file name, or set OVERWRITE to replace it (its tiles and review decisions are then deleted).</source>
      <translation>OUTPUT {} existe déjà{}. Rien n'a été modifié. Activez RESUME pour la poursuivre avec les mêmes paramètres, choisissez un autre nom de fichier OUTPUT, ou activez OVERWRITE pour la remplacer (ses tuiles et décisions de vérification sont alors supprimées).</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="206" />
      <source>Cannot write the output {}: {}. Choose a folder you can write to.</source>
      <translation>Impossible d'écrire la sortie {} : {}. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="230" />
      <source>Cannot put the output in place at {}: {}. Close any program that holds it open (another QGIS layer, a file explorer preview) and run again.</source>
      <translation>Impossible de mettre la sortie en place à {} : {}. Fermez tout programme qui la garde ouverte (une autre couche QGIS, un aperçu de l'explorateur de fichiers) et relancez.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="248" />
      <source>Cannot resume: {} is not a readable GeoPackage ({}). Choose another OUTPUT, or set OVERWRITE to replace it.</source>
      <translation>Reprise impossible : {} n'est pas un GeoPackage lisible ({}). Choisissez une autre OUTPUT, ou activez OVERWRITE pour la remplacer.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="294" />
      <source>it was made from another raster: {} (the output), not {} (now). One layer must not mix two rasters or dates</source>
      <translation>elle a été faite à partir d'un autre raster : {} (la sortie), pas {} (maintenant). Une couche ne doit pas mélanger deux rasters ou deux dates</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="301" />
      <source>Cannot resume into {}: {}. Nothing was changed. Run with the settings it was made with, choose another OUTPUT file name, or set OVERWRITE to replace it.</source>
      <translation>Reprise impossible dans {} : {}. Rien n'a été modifié. Relancez avec les paramètres d'origine, choisissez un autre nom de fichier OUTPUT, ou activez OVERWRITE pour la remplacer.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="108" />
      <source>The extent does not overlap the raster. Choose an extent inside the raster (or leave EXTENT empty to use the whole raster).</source>
      <translation>L'emprise ne chevauche pas le raster. Choisissez une emprise à l'intérieur du raster (ou laissez EXTENT vide pour utiliser tout le raster).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="115" />
      <source>The extent is empty: no 1 km tile intersects it.</source>
      <translation>L'emprise est vide : aucune tuile de 1 km ne l'intersecte.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="208" />
      <source>tile 1 of {}</source>
      <translation>tuile 1 sur {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="209" />
      <source>tile {} of {}, about {} left</source>
      <translation>tuile {} sur {}, encore environ {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="263" />
      <source>The model gave no valid label on {} tiles in a row; last answer: {}. Check that the model is the model card's (MODEL and MMPROJ, or the model the server runs).</source>
      <translation>Le modèle n'a donné aucune étiquette valide sur {} tuiles d'affilée ; dernière réponse : {}. Vérifiez que le modèle est celui de la fiche du modèle (MODEL et MMPROJ, ou le modèle que le serveur exécute).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="329" />
      <source>The model failed on a group of {} tiles ({}: {}); they are classified one by one.</source>
      <translation>Le modèle a échoué sur un groupe de {} tuiles ({} : {}) ; elles sont classées une par une.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="33" />
      <source>Unknown audit status {!r}.</source>
      <translation>Statut d'audit inconnu {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="35" />
      <source>Tile {} has no decision to audit yet: review it first.</source>
      <translation>La tuile {} n'a pas encore de décision à auditer : vérifiez-la d'abord.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="39" />
      <source>An audit needs the auditor's name: fill in 'Reviewer' in the dock's settings.</source>
      <translation>Un audit demande le nom de l'auditeur : remplissez « Vérificateur » dans les réglages du panneau.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="42" />
      <source>Tile {} was reviewed by {}: a second look must be another person's. Audit it under another name, or leave it to another auditor.</source>
      <translation>La tuile {} a été vérifiée par {} : un second regard doit venir d'une autre personne. Auditez-la sous un autre nom, ou laissez-la à un autre auditeur.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="56" />
      <source>{} of {} audited</source>
      <translation>{} sur {} auditées</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="79" />
      <source>Cannot tell where tile {!r} lies.</source>
      <translation>Impossible de savoir où se trouve la tuile {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="91" />
      <source>The grid CRS of tile {} is unknown.</source>
      <translation>Le SCR de la grille de la tuile {} est inconnu.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="142" />
      <source>{} of {} reviewed</source>
      <translation>{} sur {} vérifiées</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="187" />
      <source>Unknown review status {!r}.</source>
      <translation>Statut de vérification inconnu {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="190" />
      <source>Cannot correct to {!r}: not one of {}.</source>
      <translation>Impossible de corriger en {!r} : ce n'est pas l'un de {}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="197" />
      <source>Tile {} has no class to confirm; correct it to a class instead.</source>
      <translation>La tuile {} n'a pas de classe à confirmer ; corrigez-la plutôt en une classe.</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="44" />
      <source>Agriculture or pasture rotation</source>
      <translation>Rotation agricole ou de pâturage</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="45" />
      <source>Plantation harvest</source>
      <translation>Récolte de plantation</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="46" />
      <source>Seasonal or phenology change</source>
      <translation>Changement saisonnier ou phénologique</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="47" />
      <source>Cloud or shadow</source>
      <translation>Nuage ou ombre</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="48" />
      <source>Water level</source>
      <translation>Niveau d'eau</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="49" />
      <source>Burn without clearing</source>
      <translation>Brûlis sans défrichement</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="50" />
      <source>Cleared before the BEFORE date</source>
      <translation>Défriché avant la date BEFORE</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="51" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="69" />
      <source>Unknown reason {!r}: use one of {}.</source>
      <translation>Motif inconnu {!r} : utilisez l'un de {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="165" />
      <source>The layer '{}' is read-only, so decisions cannot be stored. Save it as a GeoPackage (Export &gt; Save Features As) and review the copy.</source>
      <translation>La couche '{}' est en lecture seule, les décisions ne peuvent donc pas être stockées. Enregistrez-la en GeoPackage (Exporter &gt; Sauvegarder les entités sous) et vérifiez la copie.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="192" />
      <source>The layer '{}' is in edit mode. Save or discard its edits (toggle editing off), then review: decisions are saved as they are made.</source>
      <translation>La couche '{}' est en mode édition. Enregistrez ou annulez ses modifications (désactivez l'édition), puis vérifiez : les décisions sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="198" />
      <source>Cannot add the review fields to '{}': its format does not allow new fields. Save it as a GeoPackage and review the copy.</source>
      <translation>Impossible d'ajouter les champs de vérification à '{}' : son format n'autorise pas de nouveaux champs. Enregistrez-la en GeoPackage et vérifiez la copie.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="204" />
      <source>Cannot add the review fields to '{}': {}.</source>
      <translation>Impossible d'ajouter les champs de vérification à '{}' : {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="206" />
      <source>the data source refused them</source>
      <translation>la source de données les a refusés</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="210" />
      <source>The review fields {} could not be added.</source>
      <translation>Les champs de vérification {} n'ont pas pu être ajoutés.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="259" />
      <source>The layer has no field {}.</source>
      <translation>La couche n'a pas de champ {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="276" />
      <source>The decision on tile {} could not be entered in the open edits of '{}' (it is saved in the file).</source>
      <translation>La décision sur la tuile {} n'a pas pu être saisie dans les modifications ouvertes de '{}' (elle est enregistrée dans le fichier).</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="279" />
      <source>The decision on tile {} could not be entered in the open edits of '{}'.</source>
      <translation>La décision sur la tuile {} n'a pas pu être saisie dans les modifications ouvertes de '{}'.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="287" />
      <source>The decision on tile {} could not be saved: the layer '{}' cannot be edited.</source>
      <translation>La décision sur la tuile {} n'a pas pu être enregistrée : la couche '{}' n'est pas modifiable.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="299" />
      <location filename="../core/review/store.py" line="306" />
      <source>The decision on tile {} could not be saved: {}.</source>
      <translation>La décision sur la tuile {} n'a pas pu être enregistrée : {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="63" />
      <source>{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.</source>
      <translation>{} tuiles de 1 km dans {} ; bandes PIR={}, Rouge={}, Vert={}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="65" />
      <source>Tile grid {}: {}.</source>
      <translation>Grille de tuiles {} : {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="116" />
      <source>Device: {}</source>
      <translation>Appareil : {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="127" />
      <source>{} The tiles done so far are saved in {}; run again with RESUME to continue.</source>
      <translation>{} Les tuiles faites jusqu'ici sont enregistrées dans {} ; relancez avec RESUME pour continuer.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="132" />
      <source>Tiles per server:
{}</source>
      <translation>Tuiles par serveur :
{}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="171" />
      <source>The extent covers {} tiles of 1 km ({}), more than MAX_TILES = {}. Zoom in or set EXTENT to a smaller area, or raise MAX_TILES to {} to run it anyway.</source>
      <translation>L'emprise couvre {} tuiles de 1 km ({}), plus que MAX_TILES = {}. Zoomez ou réglez EXTENT sur une zone plus petite, ou augmentez MAX_TILES à {} pour la traiter quand même.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="196" />
      <source>Cannot create the output folder {}: {}. Choose a folder you can write to.</source>
      <translation>Impossible de créer le dossier de sortie {} : {}. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="200" />
      <source>Cannot write the output {}: permission denied. Choose a folder you can write to.</source>
      <translation>Impossible d'écrire la sortie {} : permission refusée. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="206" />
      <source>SCALE must be above 0 (DN = raw x SCALE + OFFSET), not {}. Leave it empty for automatic.</source>
      <translation>SCALE doit être supérieur à 0 (DN = brut x SCALE + OFFSET), pas {}. Laissez vide pour le mode automatique.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="212" />
      <source>Part of the streamed scene cannot be read ({}): the tiles that need it will be ERROR; RESUME retries them.</source>
      <translation>Une partie de la scène lue en flux ne peut pas être lue ({}) : les tuiles qui en ont besoin seront en ERROR ; RESUME les réessaie.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="217" />
      <source>The raster's values cannot be read: {}. Check the file; for a scene fetched by deforestation:fetch_sentinel2, fetch it again.</source>
      <translation>Les valeurs du raster ne peuvent pas être lues : {}. Vérifiez le fichier ; pour une scène récupérée par deforestation:fetch_sentinel2, récupérez-la à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="225" />
      <source>Values: {}.</source>
      <translation>Valeurs : {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="227" />
      <source>Values: used as DN (surface reflectance x 10000) as they are.</source>
      <translation>Valeurs : utilisées comme DN (réflectance de surface x 10000) telles quelles.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="230" />
      <source>This looks like a Sentinel-2 L1C (top-of-atmosphere) product. The model was trained on L2A surface reflectance: expect less reliable labels; use the L2A product of the same date if you can.</source>
      <translation>Cela ressemble à un produit Sentinel-2 L1C (sommet de l'atmosphère). Le modèle a été entraîné sur la réflectance de surface L2A : attendez-vous à des étiquettes moins fiables ; utilisez si possible le produit L2A de la même date.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="244" />
      <source>RC_THRESHOLD needs class probabilities, which the recipe engine does not give; it is ignored. Use the fast scoring engine.</source>
      <translation>RC_THRESHOLD a besoin des probabilités des classes, que le moteur de la recette ne donne pas ; il est ignoré. Utilisez le moteur d'évaluation rapide.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="257" />
      <source>Cannot create the chips folder {}: {}</source>
      <translation>Impossible de créer le dossier des vignettes {} : {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="270" />
      <source>Cloud mask: the fetched scene's SCL {} (CLOUD_MASK not given).</source>
      <translation>Masque de nuages : la SCL de la scène récupérée {} (CLOUD_MASK non donné).</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="287" />
      <source>Cloud mask read as {}.</source>
      <translation>Masque de nuages lu comme {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>SCL (classes 3, 8, 9, 10)</source>
      <translation>SCL (classes 3, 8, 9, 10)</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>non-zero = cloud</source>
      <translation>non nul = nuage</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="297" />
      <source>The cloud mask {} has no data over {} tiles (outside it, or its nodata): their cloud_fraction is empty and they were classified without cloud gating. Use a mask that covers the whole extent to gate them.</source>
      <translation>Le masque de nuages {} n'a pas de données sur {} tuiles (hors de lui, ou son nodata) : leur cloud_fraction est vide et elles ont été classées sans filtrage des nuages. Utilisez un masque couvrant toute l'emprise pour les filtrer.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="321" />
      <source>Resuming: {} tiles of this extent already done, same model, settings and raster.</source>
      <translation>Reprise : {} tuiles de cette emprise déjà faites, avec le même modèle, les mêmes paramètres et le même raster.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="356" />
      <source>The last tiles could not be saved to {}: {}. The tiles committed before are kept.</source>
      <translation>Les dernières tuiles n'ont pas pu être enregistrées dans {} : {}. Les tuiles validées avant sont conservées.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="367" />
      <source>Cancelled after {} of {} tiles; the output holds the tiles done. Run again with RESUME to finish.</source>
      <translation>Annulé après {} tuiles sur {} ; la sortie contient les tuiles faites. Relancez avec RESUME pour terminer.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="372" />
      <source>Every tile is NO_DATA: the extent holds no valid pixel of the raster (DN 0 or nodata). Check the extent and the raster's nodata value.</source>
      <translation>Toutes les tuiles sont NO_DATA : l'emprise ne contient aucun pixel valide du raster (DN 0 ou nodata). Vérifiez l'emprise et la valeur nodata du raster.</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="97" />
      <source>, {:.2f} s per tile</source>
      <translation>, {:.2f} s par tuile</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="99" />
      <source> ({} already done)</source>
      <translation> ({} déjà faites)</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="101" />
      <source>Cancelled: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Annulé : {} tuiles sur {}{} en {} sur {}{}. {}. Sortie : {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="102" />
      <source>Done: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Terminé : {} tuiles sur {}{} en {} sur {}{}. {}. Sortie : {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="104" />
      <source>an unknown device</source>
      <translation>un appareil inconnu</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="105" />
      <source>No new tiles</source>
      <translation>Aucune nouvelle tuile</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="116" />
      <source>a time that depends on the server</source>
      <translation>une durée qui dépend du serveur</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="119" />
      <source>about {} on a 2-core CPU</source>
      <translation>environ {} sur un CPU à 2 cœurs</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="102" />
      <source>Unknown platform {!r}: choose among {}.</source>
      <translation>Plateforme inconnue {!r} : choisissez parmi {}.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="106" />
      <source>Model file not found: {}. Download the model first (plugin settings), or give the folder that holds it.</source>
      <translation>Fichier du modèle introuvable : {}. Téléchargez d'abord le modèle (paramètres de l'extension) ou indiquez le dossier qui le contient.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="113" />
      <source>{}/{}: no prebuilt build for this platform, skipped</source>
      <translation>{}/{} : pas de build précompilé pour cette plateforme, ignoré</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="127" />
      <source>{}: pip download of {} failed, left out (no prebuilt wheel, or no network: pip's reason is in bundle.json)</source>
      <translation>{} : le pip download de {} a échoué, laissé de côté (pas de wheel précompilé, ou pas de réseau : la raison de pip est dans bundle.json)</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="132" />
      <source>{}: {} wheels</source>
      <translation>{} : {} wheels</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="148" />
      <source>Cancelled: the bundle is incomplete and has no {}. Write it again to use it.</source>
      <translation>Annulé : le paquet est incomplet et n'a pas de {}. Écrivez-le à nouveau pour l'utiliser.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="157" />
      <source>{} is not an offline bundle (no readable {}: {}). Choose the folder `make offline-bundle` wrote.</source>
      <translation>{} n'est pas un paquet hors ligne ({} lisible absent : {}). Choisissez le dossier écrit par `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="169" />
      <source>The bundle has no wheels for {} (it has: {}). Write a bundle for this platform with `make offline-bundle`, or choose another backend.</source>
      <translation>Le paquet n'a pas de wheels pour {} (il a : {}). Écrivez un paquet pour cette plateforme avec `make offline-bundle`, ou choisissez un autre backend.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="175" />
      <location filename="../installer/offline_bundle.py" line="189" />
      <source>{} is missing or damaged (its SHA-256 differs from bundle.json): copy the bundle again.</source>
      <translation>{} est manquant ou endommagé (son SHA-256 diffère de bundle.json) : copiez à nouveau le paquet.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="81" />
      <source>Cannot find QGIS's Python {} with pip (tried: {}). Set {} to its interpreter, or install pip for it (Debian/Ubuntu: apt install python3-pip; OSGeo4W: the python3-pip package).</source>
      <translation>Impossible de trouver le Python {} de QGIS avec pip (essayé : {}). Réglez {} sur son interpréteur, ou installez pip pour lui (Debian/Ubuntu : apt install python3-pip ; OSGeo4W : le paquet python3-pip).</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="135" />
      <source>Unknown backend {!r}; choose one of {}.</source>
      <translation>Backend inconnu {!r} ; choisissez parmi {}.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="172" />
      <source>Cannot start {}: {}</source>
      <translation>Impossible de démarrer {} : {}</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="190" />
      <source>Installation cancelled.</source>
      <translation>Installation annulée.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="191" />
      <source>Installation stopped after {} s.</source>
      <translation>Installation arrêtée après {} s.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="222" />
      <source>Cannot create {}: {}. Set {} to a writable folder.</source>
      <translation>Impossible de créer {} : {}. Définissez {} comme un dossier accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="238" />
      <source>pip failed (exit code {}). See the log above: there is no prebuilt wheel of {} for this backend and platform, and the source build needs {}. Try another backend (CPU works everywhere), another prebuilt wheel index in the plugin settings, or the managed local llama-server backend, which never compiles.</source>
      <translation>pip a échoué (code de sortie {}). Voir le journal ci-dessus : il n'existe pas de wheel précompilée de {} pour ce backend et cette plateforme, et la compilation depuis les sources nécessite {}. Essayez un autre backend (le CPU fonctionne partout), un autre index de wheels précompilées dans les paramètres de l'extension, ou le backend llama-server local géré, qui ne compile jamais.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="251" />
      <source>{} was installed into {} but cannot be imported (see the log). Try another backend, or the CPU backend.</source>
      <translation>{} a été installé dans {} mais ne peut pas être importé (voir le journal). Essayez un autre backend, ou le backend CPU.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="37" />
      <source>No QGIS profile folder to install into; set {}.</source>
      <translation>Aucun dossier de profil QGIS où installer ; définissez {}.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="70" />
      <source>llama-cpp-python is not installed in QGIS's Python</source>
      <translation>llama-cpp-python n'est pas installé dans le Python de QGIS</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="81" />
      <source>llama-cpp-python is installed but cannot be loaded: {}</source>
      <translation>llama-cpp-python est installé mais ne peut pas être chargé : {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="67" />
      <source>This computer looks offline, or its network needs a proxy: check the connection and the proxy in QGIS Settings &gt; Options &gt; Network, then download again. Or fetch the two files another way (the download dialog shows their links) and choose them with 'Use files already on this computer...'.</source>
      <translation>Cet ordinateur semble hors ligne, ou son réseau a besoin d'un proxy : vérifiez la connexion et le proxy dans Paramètres &gt; Options &gt; Réseau de QGIS, puis téléchargez à nouveau. Ou récupérez les deux fichiers autrement (la fenêtre de téléchargement montre leurs liens) et choisissez-les avec « Utiliser des fichiers déjà sur cet ordinateur... ».</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="172" />
      <source>Resuming {} at {:.1f} MB.</source>
      <translation>Reprise de {} à {:.1f} Mo.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="204" />
      <source>Cannot reach {} to download {}: {}. {}</source>
      <translation>Impossible de joindre {} pour télécharger {} : {}. {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="207" />
      <source>{:.1f} MB of {:.1f} MB</source>
      <translation>{:.1f} Mo sur {:.1f} Mo</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="208" />
      <source>{:.1f} MB</source>
      <translation>{:.1f} Mo</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="210" />
      <source>Download of {} interrupted at {}: {}. Run it again: it resumes there.</source>
      <translation>Le téléchargement de {} s'est interrompu à {} : {}. Relancez-le : il reprend là.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="220" />
      <source>Download of {} ended with {:,} bytes instead of {:,}; the partial file was deleted. Run the download again.</source>
      <translation>Le téléchargement de {} s'est terminé avec {:,} octets au lieu de {:,} ; le fichier partiel a été supprimé. Relancez le téléchargement.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="226" />
      <source>{} does not match the SHA-256 the server publishes for it (expected {}, got {}): the download was corrupted or the file changed, and it was deleted. Run the download again.</source>
      <translation>{} ne correspond pas au SHA-256 que le serveur publie pour lui (attendu {}, obtenu {}) : le téléchargement a été corrompu ou le fichier a changé, et il a été supprimé. Relancez le téléchargement.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="233" />
      <source>{} downloaded from {} is not the file this computer recorded at its first download: expected SHA-256 {} (recorded in {}, {}), got {}. The file on the server changed; it was refused and deleted. If the change is intended (a new version of the model), remove the entry "{}" from {} and download again.</source>
      <translation>{} téléchargé depuis {} n'est pas le fichier que cet ordinateur a enregistré lors de son premier téléchargement : SHA-256 attendu {} (enregistré dans {}, {}), obtenu {}. Le fichier sur le serveur a changé ; il a été refusé et supprimé. Si le changement est voulu (une nouvelle version du modèle), retirez l'entrée "{}" de {} et téléchargez à nouveau.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="245" />
      <source>The file downloaded from {} was refused and deleted: {}</source>
      <translation>Le fichier téléchargé depuis {} a été refusé et supprimé : {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="311" />
      <source>Downloading {} from {}/{} into {}. Licence: {}</source>
      <translation>Téléchargement de {} depuis {}/{} dans {}. Licence : {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="320" />
      <source>{} (about {:.1f} MB) from {}</source>
      <translation>{} (environ {:.1f} Mo) depuis {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="350" />
      <source>Revision {} (asked for, instead of the pinned or recorded one).</source>
      <translation>Révision {} (demandée, au lieu de celle fixée ou enregistrée).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="354" />
      <source>Revision {} (pinned by this plugin version).</source>
      <translation>Révision {} (fixée par cette version de l'extension).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="361" />
      <source>Revision {} (recorded at the first download in {}).</source>
      <translation>Révision {} (enregistrée au premier téléchargement dans {}).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="370" />
      <source>Revision {}: what '{}' is now, recorded in {}; later downloads use this commit.</source>
      <translation>Révision {} : ce qu'est '{}' maintenant, enregistré dans {} ; les téléchargements suivants utilisent ce commit.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="374" />
      <source>The hub did not say which commit '{}' is: downloading from '{}', and the files' own SHA-256 are recorded at this first download.</source>
      <translation>Le hub n'a pas dit quel commit est '{}' : téléchargement depuis '{}', et les SHA-256 des fichiers eux-mêmes sont enregistrés à ce premier téléchargement.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="401" />
      <source>The hub published no SHA-256 for {}: its own SHA-256 {} was recorded in {} (trust on first use); later downloads and loads must match it.</source>
      <translation>Le hub n'a publié aucun SHA-256 pour {} : son propre SHA-256 {} a été enregistré dans {} (confiance à la première utilisation) ; les téléchargements et chargements suivants doivent y correspondre.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="97" />
      <source>{} Check HF_ENDPOINT: the model hub answers with http(s) addresses only.</source>
      <translation>{} Vérifiez HF_ENDPOINT : le hub de modèles ne répond qu'avec des adresses http(s).</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="114" />
      <source>The server answered a different byte range ({!r}) than the one asked (from {}). Delete the .part file and try again.</source>
      <translation>Le serveur a renvoyé une plage d'octets ({!r}) différente de celle demandée (à partir de {}). Supprimez le fichier .part et réessayez.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="121" />
      <source>Unexpected HTTP status {}.</source>
      <translation>Statut HTTP inattendu {}.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="133" />
      <source>The repository needs authentication; check the URL and HF_ENDPOINT.</source>
      <translation>Le dépôt demande une authentification ; vérifiez l'URL et HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="134" />
      <source>Access denied; check the URL, HF_ENDPOINT and the QGIS proxy settings.</source>
      <translation>Accès refusé ; vérifiez l'URL, HF_ENDPOINT et les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="135" />
      <source>Not found: check HF_ENDPOINT and that the model card still publishes this file.</source>
      <translation>Introuvable : vérifiez HF_ENDPOINT et que la fiche du modèle publie toujours ce fichier.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="137" />
      <source>Try again later; the download resumes where it stopped.</source>
      <translation>Réessayez plus tard ; le téléchargement reprend là où il s'est arrêté.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="138" />
      <source>Download of {} failed: HTTP {} {}. {}</source>
      <translation>Le téléchargement de {} a échoué : HTTP {} {}. {}</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="44" />
      <source>{} (derivative of LiquidAI's LFM2.5-VL-450M): research and non-commercial use; commercial-scale use only after reviewing Section 5 of the licence.</source>
      <translation>{} (dérivé de LFM2.5-VL-450M de LiquidAI) : recherche et usage non commercial ; usage à échelle commerciale seulement après examen de la section 5 de la licence.</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="127" />
      <source>Licence: {}</source>
      <translation>Licence : {}</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="73" />
      <source>{} Check HF_ENDPOINT.</source>
      <translation>{} Vérifiez HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="189" />
      <source>{} It was not followed. Check HF_ENDPOINT.</source>
      <translation>{} La redirection n'a pas été suivie. Vérifiez HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="56" />
      <source>The model trust record {} cannot be read ({}).</source>
      <translation>L'enregistrement de confiance du modèle {} ne peut pas être lu ({}).</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="65" />
      <source>The model trust record {} is damaged ({}); the model files in that folder are not loaded. Delete {} together with the two .gguf files and download them again.</source>
      <translation>L'enregistrement de confiance du modèle {} est endommagé ({}) ; les fichiers de modèle de ce dossier ne sont pas chargés. Supprimez {} avec les deux fichiers .gguf et téléchargez-les à nouveau.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="93" />
      <source>{} ends inside its GGUF header: the file is truncated. {}</source>
      <translation>{} se termine à l'intérieur de son en-tête GGUF : le fichier est tronqué. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="107" />
      <source>{}: implausible {} ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{} : {} invraisemblable ({}) dans l'en-tête GGUF ; le fichier est corrompu. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="115" />
      <source>{}: implausible string length ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{} : longueur de chaîne invraisemblable ({}) dans l'en-tête GGUF ; le fichier est corrompu. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="146" />
      <source>{}: unknown GGUF value type {}; the file is corrupt or from a newer format. {}</source>
      <translation>{} : type de valeur GGUF inconnu {} ; le fichier est corrompu ou d'un format plus récent. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="159" />
      <source>Delete the file and download it again (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model), or copy the model card's file there.</source>
      <translation>Supprimez le fichier et téléchargez-le à nouveau (Paramètres &gt; Options &gt; Classificateur de déforestation &gt; Télécharger le modèle), ou copiez-y le fichier de la fiche du modèle.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="176" />
      <source>{} is not a GGUF file (it starts with {!r}{}{}). {}</source>
      <translation>{} n'est pas un fichier GGUF (il commence par {!r}{}{}). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="177" />
      <source>, it is empty</source>
      <translation>, il est vide</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="182" />
      <source>{}: unsupported GGUF version {} (expected 2 or 3). {}</source>
      <translation>{} : version GGUF {} non prise en charge (2 ou 3 attendue). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="201" />
      <source>{}: tensor {!r} has {} dimensions; the file is corrupt. {}</source>
      <translation>{} : le tenseur {!r} a {} dimensions ; le fichier est corrompu. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="225" />
      <source>; it looks like a web page or an error message saved in place of the model</source>
      <translation> ; cela ressemble à une page web ou à un message d'erreur enregistré à la place du modèle</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="234" />
      <source>{} is truncated: {:,} bytes on disk, but its tensor table needs {:,}. The download was probably interrupted. {}</source>
      <translation>{} est tronqué : {:,} octets sur le disque, mais sa table de tenseurs en demande {:,}. Le téléchargement a probablement été interrompu. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="245" />
      <source>{} is a vision projector (mmproj), not the text model: the two files look swapped. Give the text model (v2_no_coords-Q4_K_M.gguf) as MODEL and the projector (mmproj-v2_no_coords-F16.gguf) as MMPROJ.</source>
      <translation>{} est un projecteur de vision (mmproj), pas le modèle de texte : les deux fichiers semblent inversés. Donnez le modèle de texte (v2_no_coords-Q4_K_M.gguf) comme MODEL et le projecteur (mmproj-v2_no_coords-F16.gguf) comme MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="250" />
      <source>{} is a '{}' model, not the LFM2.5-VL text model (general.architecture '{}'). Use the model card's v2_no_coords-Q4_K_M.gguf.</source>
      <translation>{} est un modèle '{}', pas le modèle de texte LFM2.5-VL (general.architecture '{}'). Utilisez le v2_no_coords-Q4_K_M.gguf de la fiche du modèle.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="255" />
      <source>{} has no token_embd.weight tensor: it is not a complete {} model. {}</source>
      <translation>{} n'a pas de tenseur token_embd.weight : ce n'est pas un modèle {} complet. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="260" />
      <source>{} is a text model, not the vision projector: the two files look swapped. Give mmproj-v2_no_coords-F16.gguf as MMPROJ.</source>
      <translation>{} est un modèle de texte, pas le projecteur de vision : les deux fichiers semblent inversés. Donnez mmproj-v2_no_coords-F16.gguf comme MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="265" />
      <source>{} is not an LFM2 vision projector (general.architecture '{}', clip.projector_type '{}'; expected 'clip' and '{}'). Use the model card's mmproj-v2_no_coords-F16.gguf.</source>
      <translation>{} n'est pas un projecteur de vision LFM2 (general.architecture '{}', clip.projector_type '{}' ; attendus 'clip' et '{}'). Utilisez le mmproj-v2_no_coords-F16.gguf de la fiche du modèle.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="270" />
      <source>{} is a clip file without a vision encoder.</source>
      <translation>{} est un fichier clip sans encodeur de vision.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="282" />
      <source>{} projects to {} dimensions but {} expects {}: the two files are not a pair. Use the text model and projector of the same model card.</source>
      <translation>{} projette vers {} dimensions mais {} en attend {} : les deux fichiers ne forment pas une paire. Utilisez le modèle de texte et le projecteur de la même fiche du modèle.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="291" />
      <source>{} is {:.1f} MB, but the model card's file is about {:.1f} MB: it is not the published file. {}</source>
      <translation>{} fait {:.1f} Mo, mais le fichier de la fiche du modèle fait environ {:.1f} Mo : ce n'est pas le fichier publié. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="350" />
      <source>{} is {:,} bytes but {:,} were downloaded: the file was changed or damaged since. {}</source>
      <translation>{} fait {:,} octets mais {:,} ont été téléchargés : le fichier a été modifié ou endommagé depuis. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="356" />
      <source>{} does not match the SHA-256 recorded at download ({}... vs {}...): the file is corrupt. {}</source>
      <translation>{} ne correspond pas au SHA-256 enregistré au téléchargement ({}... contre {}...) : le fichier est corrompu. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="388" />
      <source>{} not found: {}</source>
      <translation>{} introuvable : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="31" />
      <source>Alert report (PDF): a page per alert patch</source>
      <translation>Rapport d'alertes (PDF) : une page par zone d'alerte</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="40" />
      <location filename="../processing_provider/field_package_algorithm.py" line="65" />
      <source>Compared tiles (output of Compare two dates)</source>
      <translation>Tuiles comparées (sortie de Comparer deux dates)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="42" />
      <source>Alert patches (optional)</source>
      <translation>Zones d'alerte (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="44" />
      <location filename="../processing_provider/field_package_algorithm.py" line="67" />
      <source>Clearings (optional)</source>
      <translation>Défrichements (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="46" />
      <location filename="../processing_provider/compare_algorithm.py" line="94" />
      <location filename="../processing_provider/field_package_algorithm.py" line="69" />
      <source>Image of the earlier date (optional)</source>
      <translation>Image de la date antérieure (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="48" />
      <location filename="../processing_provider/compare_algorithm.py" line="96" />
      <location filename="../processing_provider/field_package_algorithm.py" line="71" />
      <source>Image of the later date (optional)</source>
      <translation>Image de la date postérieure (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="51" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="57" />
      <source>INPUT is not an output of Compare two dates: it lacks {}. Choose the compared tiles layer (OUTPUT of deforestation:compare).</source>
      <translation>INPUT n'est pas une sortie de Comparer deux dates : il lui manque {}. Choisissez la couche des tuiles comparées (OUTPUT de deforestation:compare).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="73" />
      <source>{} pages written to {}: a summary and {} alert patches.</source>
      <translation>{} pages écrites dans {} : un résumé et {} zones d'alerte.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="82" />
      <source>{} cannot be read as a raster layer: give a Sentinel-2 raster with the B08 and B04 bands.</source>
      <translation>{} ne peut pas être lu comme couche raster : donnez un raster Sentinel-2 avec les bandes B08 et B04.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="94" />
      <source>{}: {} Give {} instead.</source>
      <translation>{} : {} Indiquez plutôt {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="97" />
      <source>The source raster {} that {} records is not found (moved or deleted): give {}.</source>
      <translation>Le raster source {} que {} enregistre est introuvable (déplacé ou supprimé) : donnez {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="116" />
      <source>{} must be a polygon layer (or, for REFERENCE_ALERTS, a raster).</source>
      <translation>{} doit être une couche de polygones (ou, pour REFERENCE_ALERTS, un raster).</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="163" />
      <source>REFERENCE_ALERTS cannot be read: give a polygon layer or a raster of alerts.</source>
      <translation>REFERENCE_ALERTS ne peut pas être lu : donnez une couche de polygones ou un raster d'alertes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="39" />
      <source>The layer has no tile_id and class_label fields: use an output of Classify deforestation.</source>
      <translation>La couche n'a pas les champs tile_id et class_label : utilisez une sortie de Classer la déforestation.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="52" />
      <source>Cancelled: the output would be incomplete, so none was written. Run the algorithm again to make it.</source>
      <translation>Annulé : la sortie serait incomplète, donc aucune n'a été écrite. Relancez l'algorithme pour la créer.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="92" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Classer la déforestation (tuiles de 1 km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="98" />
      <source>Sentinel-2 L2A raster</source>
      <translation>Raster Sentinel-2 L2A</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="99" />
      <source>Extent</source>
      <translation>Emprise</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="100" />
      <source>NIR band (B08)</source>
      <translation>Bande PIR (B08)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="101" />
      <source>Red band (B04)</source>
      <translation>Bande rouge (B04)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="102" />
      <source>Green band (B03)</source>
      <translation>Bande verte (B03)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="105" />
      <source>Scale from stored values to DN</source>
      <translation>Échelle des valeurs stockées vers les DN</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="108" />
      <source>Offset added after the scale (DN)</source>
      <translation>Décalage ajouté après l'échelle (DN)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="111" />
      <source>Text model (GGUF)</source>
      <translation>Modèle de texte (GGUF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="115" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Projecteur de vision (GGUF mmproj)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="119" />
      <source>Inference engine</source>
      <translation>Moteur d'inférence</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="120" />
      <source>Fast scoring with class probabilities</source>
      <translation>Évaluation rapide avec probabilités des classes</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="121" />
      <source>Model card recipe (chat completion, label only)</source>
      <translation>Recette de la fiche du modèle (chat completion, étiquette seule)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="124" />
      <location filename="../processing_provider/relabel_algorithm.py" line="47" />
      <source>RECENTLY_CLEARED probability threshold</source>
      <translation>Seuil de probabilité de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="128" />
      <source>Cloud mask (SCL band or mask layer)</source>
      <translation>Masque de nuages (bande SCL ou couche de masque)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="130" />
      <source>Cloud mask type</source>
      <translation>Type de masque de nuages</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Automatic (SCL when named so)</source>
      <translation>Automatique (SCL si nommé ainsi)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Sentinel-2 SCL</source>
      <translation>SCL Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="132" />
      <source>Non-zero means cloud</source>
      <translation>Non nul signifie nuage</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="135" />
      <source>Maximum cloud cover per tile (%)</source>
      <translation>Couverture nuageuse maximale par tuile (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="139" />
      <source>Minimum valid-data fraction</source>
      <translation>Fraction minimale de données valides</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="143" />
      <source>Maximum number of tiles</source>
      <translation>Nombre maximum de tuiles</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="147" />
      <source>Resume into an existing output</source>
      <translation>Reprendre dans une sortie existante</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="150" />
      <source>Overwrite an existing output</source>
      <translation>Écraser une sortie existante</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="153" />
      <source>Folder for the chips fed to the model</source>
      <translation>Dossier des vignettes données au modèle</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="156" />
      <source>Deforestation tiles</source>
      <translation>Tuiles de déforestation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="158" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="78" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="99" />
      <source>Tiles</source>
      <translation>Tuiles</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="163" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="102" />
      <location filename="../ui/layer_tree.py" line="38" />
      <source>{} tiles</source>
      <translation>{} tuiles</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="222" />
      <location filename="../processing_provider/compare_algorithm.py" line="175" />
      <location filename="../processing_provider/relabel_algorithm.py" line="129" />
      <source>The style could not be saved: {}</source>
      <translation>Le style n'a pas pu être enregistré : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="224" />
      <source>The layer metadata could not be saved: {}</source>
      <translation>Les métadonnées de la couche n'ont pas pu être enregistrées : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="236" />
      <source>INPUT is not a raster layer.</source>
      <translation>INPUT n'est pas une couche raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="239" />
      <source>INPUT must be a raster read by GDAL (a file, VRT or SENTINEL2 subdataset); this layer comes from the '{}' provider.</source>
      <translation>INPUT doit être un raster lu par GDAL (un fichier, un VRT ou un sous-jeu de données SENTINEL2) ; cette couche vient du fournisseur '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="245" />
      <source>The raster '{}' has {} band(s); the classifier needs B03, B04 and B08 in one raster. For separate band files (one per band, as in a SAFE folder or an Earth Search download), run Processing Toolbox &gt; Deforestation Classifier &gt; 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first, then classify the VRT.</source>
      <translation>Le raster '{}' a {} bande(s) ; le classificateur a besoin de B03, B04 et B08 dans un seul raster. Pour des fichiers de bandes séparés (un par bande, comme dans un dossier SAFE ou un téléchargement Earth Search), lancez d'abord Boîte à outils de traitement &gt; Classificateur de déforestation &gt; « Empiler les fichiers de bandes Sentinel-2 (B03, B04, B08) dans un VRT », puis classez le VRT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="81" />
      <source>Compare two dates: deforestation alerts and patches</source>
      <translation>Comparer deux dates : alertes et zones de déforestation</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="87" />
      <source>Tiles of the earlier date (optional)</source>
      <translation>Tuiles de la date antérieure (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="90" />
      <source>Tiles of the later date</source>
      <translation>Tuiles de la date postérieure</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="98" />
      <source>Minimum clearing area (ha)</source>
      <translation>Surface minimale de défrichement (ha)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="101" />
      <source>Overlay: protected areas, properties, concessions (optional)</source>
      <translation>Superposition : aires protégées, propriétés, concessions (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="104" />
      <source>Overlay field naming each polygon</source>
      <translation>Champ de superposition nommant chaque polygone</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="107" />
      <source>Reference alerts of another system (optional)</source>
      <translation>Alertes de référence d'un autre système (facultatif)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="111" />
      <source>Compared tiles</source>
      <translation>Tuiles comparées</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="113" />
      <source>Alert patches</source>
      <translation>Zones d'alerte</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="118" />
      <source>Folder for GeoJSON, KML and CSV exports</source>
      <translation>Dossier des exports GeoJSON, KML et CSV</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="121" />
      <source>Patches</source>
      <translation>Zones</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="123" />
      <source>Tiles compared</source>
      <translation>Tuiles comparées</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="124" />
      <source>Tiles only in BEFORE</source>
      <translation>Tuiles seulement dans BEFORE</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="125" />
      <source>Tiles only in AFTER</source>
      <translation>Tuiles seulement dans AFTER</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="127" />
      <source>Tiles without a class in one of the dates</source>
      <translation>Tuiles sans classe à l'une des dates</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="17" />
      <source>Diagnostics report (to paste when something goes wrong)</source>
      <translation>Rapport de diagnostic (à coller quand quelque chose ne va pas)</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="22" />
      <source>Diagnostics report</source>
      <translation>Rapport de diagnostic</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="31" />
      <source>Cannot write the report to {} ({}). Choose a file in a folder you can write to.</source>
      <translation>Impossible d'écrire le rapport dans {} ({}). Choisissez un fichier dans un dossier accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="34" />
      <source>Diagnostics written to {} ({} lines). Read it before you share it.</source>
      <translation>Diagnostic écrit dans {} ({} lignes). Lisez-le avant de le partager.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="35" />
      <source>Evaluate classified tiles against reference labels</source>
      <translation>Évaluer les tuiles classées par rapport aux étiquettes de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="41" />
      <source>Tiles with predicted and reference labels</source>
      <translation>Tuiles avec étiquettes prédites et de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="46" />
      <source>Predicted label field</source>
      <translation>Champ de l'étiquette prédite</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="49" />
      <source>Reference label field</source>
      <translation>Champ de l'étiquette de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="52" />
      <source>Evaluation report</source>
      <translation>Rapport d'évaluation</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="53" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="55" />
      <source>Accuracy</source>
      <translation>Exactitude</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="56" />
      <source>Macro F1</source>
      <translation>F1 macro</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="57" />
      <source>RECENTLY_CLEARED recall</source>
      <translation>Rappel de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="58" />
      <source>Tiles evaluated</source>
      <translation>Tuiles évaluées</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="59" />
      <source>Tiles left out</source>
      <translation>Tuiles écartées</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="74" />
      <source>PREDICTED_FIELD and REFERENCE_FIELD are both '{}'; choose the field with the model's class and the field with the true class.</source>
      <translation>PREDICTED_FIELD et REFERENCE_FIELD valent tous deux '{}' ; choisissez le champ de la classe du modèle et celui de la vraie classe.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="125" />
      <source>{} '{}' is not a field of INPUT (fields: {}). Choose the field that holds the {} class.</source>
      <translation>{} '{}' n'est pas un champ de INPUT (champs : {}). Choisissez le champ qui contient la classe {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="44" />
      <source>Fetch Sentinel-2 L2A over an area (Earth Search)</source>
      <translation>Récupérer Sentinel-2 L2A sur une zone (Earth Search)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="48" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="49" />
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="51" />
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="54" />
      <source>Maximum scene cloud cover (%)</source>
      <translation>Nuages maximum de la scène (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="57" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="59" />
      <source>Collection</source>
      <translation>Collection</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="62" />
      <source>Every 1 km tile from its clearest acquisition</source>
      <translation>Chaque tuile de 1 km depuis son acquisition la plus claire</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="65" />
      <source>Copy the clipped bands to local GeoTIFFs</source>
      <translation>Copier les bandes découpées dans des GeoTIFF locaux</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="68" />
      <source>Sentinel-2 VRT</source>
      <translation>VRT Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="69" />
      <source>SCL of the scene</source>
      <translation>SCL de la scène</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="70" />
      <source>STAC item ids</source>
      <translation>Identifiants des items STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="71" />
      <source>Acquisition time (comma-separated with PER_TILE)</source>
      <translation>Heure d'acquisition (séparées par des virgules avec PER_TILE)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="80" />
      <source>EXTENT is empty: draw or choose an area.</source>
      <translation>EXTENT est vide : dessinez ou choisissez une zone.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="104" />
      <source>Wrote {} (SCL {}).</source>
      <translation>{} écrit (SCL {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="55" />
      <source>Merge field decisions into the compare output</source>
      <translation>Fusionner les décisions de terrain dans la sortie de la comparaison</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="64" />
      <source>Compared tiles (output of Compare two dates), written to</source>
      <translation>Tuiles comparées (sortie de Comparer deux dates), écrites dans</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="67" />
      <source>Field GeoPackage (from Field package, edited in the field)</source>
      <translation>GeoPackage de terrain (issu de Paquet de terrain, modifié sur le terrain)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="69" />
      <source>Field decisions written</source>
      <translation>Décisions de terrain écrites</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="70" />
      <source>Conflicts: the office's decision kept</source>
      <translation>Conflits : la décision du bureau est conservée</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="71" />
      <source>Tiles unchanged in the field</source>
      <translation>Tuiles inchangées sur le terrain</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="60" />
      <source>Field package for QField: alerts, chips and the review form</source>
      <translation>Paquet de terrain pour QField : alertes, vignettes et formulaire de vérification</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="73" />
      <source>Field package folder</source>
      <translation>Dossier du paquet de terrain</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="74" />
      <source>Field GeoPackage</source>
      <translation>GeoPackage de terrain</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="75" />
      <source>Field project</source>
      <translation>Projet de terrain</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="76" />
      <source>Tiles in the package</source>
      <translation>Tuiles du paquet</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="77" />
      <source>Chips attached</source>
      <translation>Vignettes jointes</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="84" />
      <source>INPUT must be the compared tiles GeoPackage (OUTPUT of deforestation:compare); this layer lacks {}.</source>
      <translation>INPUT doit être le GeoPackage des tuiles comparées (OUTPUT de deforestation:compare) ; il manque {} à cette couche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="86" />
      <source>a file</source>
      <translation>un fichier</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="103" />
      <source>{} tiles, {} clearings and {} chips packaged in {}: open {} in QField.</source>
      <translation>{} tuiles, {} défrichements et {} vignettes empaquetés dans {} : ouvrez {} dans QField.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="55" />
      <source>Confirmed: the model is right</source>
      <translation>Confirmé : le modèle a raison</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="56" />
      <source>Corrected: another class (for an alert, rejected)</source>
      <translation>Corrigé : une autre classe (pour une alerte, rejetée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="57" />
      <source>Unclear: cannot tell</source>
      <translation>Incertain : impossible de trancher</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="68" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <location filename="../processing_provider/field_project.py" line="123" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <source>Class seen</source>
      <translation>Classe observée</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="101" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="101" />
      <source>Reviewer</source>
      <translation>Vérificateur</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="102" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="102" />
      <source>Decided at (UTC)</source>
      <translation>Décidé le (UTC)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="103" />
      <source>Earlier image</source>
      <translation>Image antérieure</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="104" />
      <source>Later image</source>
      <translation>Image postérieure</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="112" />
      <source>A decision needs the reviewer's name.</source>
      <translation>Une décision demande le nom du vérificateur.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="124" />
      <source>Chips</source>
      <translation>Vignettes</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Tile</source>
      <translation>Tuile</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Audit (office)</source>
      <translation>Audit (bureau)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="144" />
      <source>Deforestation alerts: field review</source>
      <translation>Alertes de déforestation : vérification de terrain</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="145" />
      <source>Alerts to review</source>
      <translation>Alertes à vérifier</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="147" />
      <source>The field package {} cannot be read by QGIS.</source>
      <translation>Le paquet de terrain {} ne peut pas être lu par QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="162" />
      <source>The project {} could not be written: {}</source>
      <translation>Le projet {} n'a pas pu être écrit : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="163" />
      <source>QGIS refused it</source>
      <translation>QGIS l'a refusé</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="72" />
      <source>Hansen reference labels for tiles</source>
      <translation>Étiquettes de référence Hansen pour les tuiles</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="80" />
      <source>Hansen treecover2000</source>
      <translation>Hansen treecover2000</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="81" />
      <source>Hansen lossyear</source>
      <translation>Hansen lossyear</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="84" />
      <source>First year of the recent-loss window</source>
      <translation>Première année de la fenêtre de perte récente</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="86" />
      <source>Last year of the recent-loss window</source>
      <translation>Dernière année de la fenêtre de perte récente</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="88" />
      <source>Canopy threshold (%)</source>
      <translation>Seuil de couvert (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="90" />
      <source>Standing-forest fraction for STANDING_FOREST</source>
      <translation>Fraction de forêt sur pied pour STANDING_FOREST</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="93" />
      <source>Recent-loss fraction for RECENTLY_CLEARED</source>
      <translation>Fraction de perte récente pour RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="97" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="159" />
      <source>Tiles with Hansen reference labels</source>
      <translation>Tuiles avec étiquettes de référence Hansen</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="165" />
      <source>The parameters could not be stored with the output: {}</source>
      <translation>Les paramètres n'ont pas pu être enregistrés avec la sortie : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="188" />
      <source>{} is not a raster layer.</source>
      <translation>{} n'est pas une couche raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="191" />
      <source>{} must be a raster read by GDAL (a GeoTIFF granule or a VRT); this layer comes from the '{}' provider.</source>
      <translation>{} doit être un raster lu par GDAL (une granule GeoTIFF ou un VRT) ; cette couche vient du fournisseur '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="224" />
      <source>INPUT already has {}: replaced by the new values.</source>
      <translation>INPUT a déjà {} : remplacé par les nouvelles valeurs.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="36" />
      <source>Parameter</source>
      <translation>Paramètre</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="37" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="41" />
      <source>Finds forest, recent clearing and long-term non-forest in a Sentinel-2 image: the area is cut into squares of 1 km and each square gets one of the three labels, with the model's probability for each label where the engine gives them, in a polygon layer you can review tile by tile. With the default embedded llama.cpp engine (or the local llama-server the plugin starts) everything runs on this computer. With the OpenAI-compatible server backend (plugin settings), each tile's chip is sent as a PNG image to the configured server, which classifies it.

The input needs the green, red and near-infrared bands (B03, B04, B08) in one raster: for separate band files, run 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first. Squares only partly covered by the image (less than MIN_VALID_FRACTION, default 90 %, of valid pixels) are left INSUFFICIENT_DATA.

How it works: cuts the raster into 1 km x 1 km tiles on a grid aligned to whole kilometres (the raster's own CRS when it is a UTM zone, whatever its datum; for any other CRS, such as degrees, Web Mercator or a national grid, the WGS 84 UTM zone of the centre of the area classified), renders each tile as a 100 x 100 px false-colour chip (R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and classifies it as STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with the fine-tuned LFM2.5-VL-450M model, through llama.cpp on this computer or on the configured server.

Output: one 1 km square per tile with tile_id (the same ground square gets the same id in every run on the same grid), class_label, confidence and per-class probabilities (empty with the recipe engine, which yields a label only, and with a server that gives no log-probabilities), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date and image_id. Tiles without enough valid pixels or above the cloud limit are not classified. Tiles are saved as the run goes (every 10 tiles or 5 seconds, whichever comes first): a cancelled run keeps them, and RESUME continues it. The style is saved inside the GeoPackage.

Model licence: LFM Open License v1.0, research and non-commercial scope.</source>
      <translation>Trouve la forêt, les défrichements récents et la non-forêt de longue date dans une image Sentinel-2 : la zone est découpée en carrés de 1 km et chaque carré reçoit l'une des trois étiquettes, avec la probabilité du modèle pour chaque étiquette quand le moteur les donne, dans une couche de polygones que vous pouvez vérifier tuile par tuile. Avec le moteur llama.cpp intégré par défaut (ou le llama-server local que l'extension démarre), tout s'exécute sur cet ordinateur. Avec le backend serveur compatible OpenAI (paramètres de l'extension), la vignette de chaque tuile est envoyée comme image PNG au serveur configuré, qui la classe.

L'entrée a besoin des bandes verte, rouge et proche infrarouge (B03, B04, B08) dans un seul raster : pour des fichiers de bandes séparés, lancez d'abord « Empiler les fichiers de bandes Sentinel-2 (B03, B04, B08) dans un VRT ». Les carrés seulement en partie couverts par l'image (moins de MIN_VALID_FRACTION, 90 % par défaut, de pixels valides) restent INSUFFICIENT_DATA.

Fonctionnement : découpe le raster en tuiles de 1 km x 1 km sur une grille alignée au kilomètre entier (le SCR propre du raster quand c'est une zone UTM, quel que soit son datum ; pour tout autre SCR, comme des degrés, Web Mercator ou une grille nationale, la zone UTM WGS 84 du centre de la zone classée), rend chaque tuile en vignette de 100 x 100 px en fausses couleurs (R = B08 PIR, V = B04 Rouge, B = B03 Vert ; DN / 3000 x 255) et la classe en STANDING_FOREST, RECENTLY_CLEARED ou LONG_TERM_NON_FOREST avec le modèle LFM2.5-VL-450M affiné, via llama.cpp sur cet ordinateur ou sur le serveur configuré.

Sortie : un carré de 1 km par tuile avec tile_id (le même carré au sol reçoit le même identifiant à chaque exécution sur la même grille), class_label, confidence et les probabilités par classe (vides avec le moteur de la recette, qui ne donne qu'une étiquette, et avec un serveur qui ne donne pas de log-probabilités), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date et image_id. Les tuiles sans assez de pixels valides ou au-dessus de la limite de nuages ne sont pas classées. Les tuiles sont enregistrées au fil de l'exécution (toutes les 10 tuiles ou 5 secondes, au premier des deux) : une exécution annulée les conserve, et RESUME la poursuit. Le style est enregistré dans le GeoPackage.

Licence du modèle : LFM Open License v1.0, recherche et usage non commercial.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="73" />
      <source>A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08: a GDAL SENTINEL2_L2A: subdataset (SAFE folder or zip), a GeoTIFF stack or a VRT. Values are surface reflectance x 10000 (Earth Search COGs, GEE S2_SR_HARMONIZED). Float reflectance 0..1 is recognised; the BOA offset of processing baseline 04.00+ is removed where the product states it (SAFE products, the VRTs of stack_bands and fetch_sentinel2), and a warning names OFFSET where only the values suggest it.</source>
      <translation>Un raster Sentinel-2 L2A multibande avec les bandes B03, B04 et B08 : un sous-jeu de données GDAL SENTINEL2_L2A: (dossier SAFE ou zip), une pile GeoTIFF ou un VRT. Les valeurs sont la réflectance de surface x 10000 (COG d'Earth Search, GEE S2_SR_HARMONIZED). La réflectance flottante 0..1 est reconnue ; le décalage BOA de la baseline de traitement 04.00+ est retiré là où le produit l'indique (produits SAFE, VRT de stack_bands et fetch_sentinel2), et un avertissement nomme OFFSET là où seules les valeurs le suggèrent.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="81" />
      <source>Area to classify. Every 1 km tile that intersects both this extent and the raster is processed. Default: the whole raster.</source>
      <translation>Zone à classer. Chaque tuile de 1 km qui intersecte à la fois cette emprise et le raster est traitée. Par défaut : le raster entier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="84" />
      <source>Band number. Default: detected from the band descriptions (B08, B8 or 'nir'; never B8A or 'nir08').</source>
      <translation>Numéro de bande. Par défaut : détecté d'après les descriptions de bandes (B08, B8 ou 'nir' ; jamais B8A ni 'nir08').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="87" />
      <source>Band number. Default: detected from the band descriptions (B04, B4 or 'red').</source>
      <translation>Numéro de bande. Par défaut : détecté d'après les descriptions de bandes (B04, B4 ou 'red').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="90" />
      <source>Band number. Default: detected from the band descriptions (B03, B3 or 'green').</source>
      <translation>Numéro de bande. Par défaut : détecté d'après les descriptions de bandes (B03, B3 ou 'green').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="93" />
      <source>DN = raw value x SCALE + OFFSET, where DN is surface reflectance x 10000 as in the training chips. Default: automatic (1 for DN; 10000 for float reflectance 0..1, recognised by its median). Set 10 for a product stored as reflectance x 1000.</source>
      <translation>DN = valeur brute x SCALE + OFFSET, où DN est la réflectance de surface x 10000 comme dans les vignettes d'entraînement. Par défaut : automatique (1 pour des DN ; 10000 pour une réflectance flottante 0..1, reconnue à sa médiane). Mettez 10 pour un produit stocké en réflectance x 1000.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="98" />
      <source>DN = raw value x SCALE + OFFSET: OFFSET is in DN (reflectance x 10000), added after SCALE, to each of the three bands. Default: read from the product (the band offset deforestation:stack_bands writes, BOA_ADD_OFFSET -1000 of SAFE L2A of processing baseline 04.00 and later), else 0 (Earth Search COGs and GEE S2_SR_HARMONIZED are already harmonised). Set -1000 for baseline 04.00+ DN that still carry the offset.</source>
      <translation>DN = valeur brute x SCALE + OFFSET : OFFSET est en DN (réflectance x 10000), ajouté après SCALE, à chacune des trois bandes. Par défaut : lu dans le produit (le décalage de bande qu'écrit deforestation:stack_bands, BOA_ADD_OFFSET -1000 des SAFE L2A de baseline de traitement 04.00 et ultérieures), sinon 0 (les COG d'Earth Search et GEE S2_SR_HARMONIZED sont déjà harmonisés). Mettez -1000 pour des DN de baseline 04.00+ qui portent encore le décalage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="105" />
      <source>The model card's text model, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>Le modèle de texte de la fiche du modèle, pour le moteur llama.cpp intégré et le llama-server local que l'extension démarre ; un serveur compatible OpenAI utilise le sien. Par défaut : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="109" />
      <source>The model card's vision projector, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>Le projecteur de vision de la fiche du modèle, pour le moteur llama.cpp intégré et le llama-server local que l'extension démarre ; un serveur compatible OpenAI utilise le sien. Par défaut : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="113" />
      <source>Fast scoring gives a probability for each of the three labels and is the one to use (it reads the instructions once and compares the model's three possible answers); the recipe runs the card's chat completion under a JSON-schema grammar for every tile (slower, label only). Only the embedded llama.cpp backend uses it: with a server backend (plugin settings) the server answers, with probabilities where it gives log-probabilities.</source>
      <translation>L'évaluation rapide donne une probabilité pour chacune des trois étiquettes et c'est elle qu'il faut utiliser (elle lit les instructions une fois et compare les trois réponses possibles du modèle) ; la recette exécute la chat completion de la fiche sous une grammaire JSON-schema pour chaque tuile (plus lent, étiquette seule). Seul le backend llama.cpp intégré l'utilise : avec un backend serveur (paramètres de l'extension), le serveur répond, avec des probabilités s'il donne les log-probabilités.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="120" />
      <source>When set, a tile whose RECENTLY_CLEARED probability reaches it is labelled RECENTLY_CLEARED even if another class scores higher: lower it to miss fewer clearings at the cost of more tiles to review. Needs class probabilities (the fast scoring engine, or a server that gives log-probabilities): ignored with the recipe engine.</source>
      <translation>Si défini, une tuile dont la probabilité de RECENTLY_CLEARED l'atteint est étiquetée RECENTLY_CLEARED même si une autre classe a un score plus élevé : abaissez-le pour manquer moins de défrichements au prix de plus de tuiles à vérifier. Nécessite les probabilités des classes (le moteur d'évaluation rapide, ou un serveur qui donne les log-probabilités) : ignoré avec le moteur de la recette.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="126" />
      <source>A Sentinel-2 scene classification (SCL: classes 3, 8, 9, 10 are cloud or cloud shadow) or any raster where non-zero means cloud. Tiles above MAX_CLOUD get status CLOUDY and are not classified. Default: none, except for a scene from deforestation:fetch_sentinel2, whose SCL is used.</source>
      <translation>Une classification de scène Sentinel-2 (SCL : les classes 3, 8, 9, 10 sont des nuages ou des ombres de nuages) ou tout raster où une valeur non nulle signifie nuage. Les tuiles au-dessus de MAX_CLOUD reçoivent l'état CLOUDY et ne sont pas classées. Par défaut : aucun, sauf pour une scène de deforestation:fetch_sentinel2, dont la SCL est utilisée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="131" />
      <source>How to read CLOUD_MASK. Automatic treats it as SCL when its name or band description says SCL.</source>
      <translation>Comment lire CLOUD_MASK. Automatique le traite comme SCL quand son nom ou la description de sa bande indique SCL.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="134" />
      <source>The model was trained on tiles with at most 10 % cloud; classifying through cloud is undefined.</source>
      <translation>Le modèle a été entraîné sur des tuiles d'au plus 10 % de nuages ; classer à travers les nuages n'est pas défini.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="137" />
      <source>Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are not classified: the model was trained on whole tiles, and a tile cut by the image's edge would be labelled from a partly black chip. Default 0.9; 0 classifies every tile with any valid pixel. Tiles with no valid pixel are always NO_DATA.</source>
      <translation>Les tuiles avec une fraction plus faible de pixels valides reçoivent l'état INSUFFICIENT_DATA et ne sont pas classées : le modèle a été entraîné sur des tuiles entières, et une tuile coupée par le bord de l'image serait étiquetée d'après une vignette en partie noire. Par défaut 0,9 ; 0 classe toute tuile ayant au moins un pixel valide. Les tuiles sans pixel valide sont toujours NO_DATA.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="143" />
      <source>A larger extent is refused with an estimate of its run time, so that a whole scene is not started by accident; raise it to run such an extent.</source>
      <translation>Une emprise plus grande est refusée avec une estimation de sa durée, pour qu'une scène entière ne soit pas lancée par accident ; augmentez cette valeur pour traiter une telle emprise.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="146" />
      <source>When OUTPUT exists (e.g. from a cancelled run), keep its tiles and classify only the missing ones (and unreviewed ones that ended in ERROR). Refused, with what differs, when the output was made from other imagery or with another model (SHA-256, or the server's model), engine, grid, bands, SCALE/OFFSET, RC_THRESHOLD, cloud or valid-data settings.</source>
      <translation>Quand OUTPUT existe (p. ex. après une exécution annulée), garder ses tuiles et ne classer que les manquantes (et les non vérifiées terminées en ERROR). Refusé, avec ce qui diffère, quand la sortie a été faite à partir d'une autre imagerie ou avec un autre modèle (SHA-256, ou le modèle du serveur), moteur, grille, bandes, SCALE/OFFSET, RC_THRESHOLD, paramètres de nuages ou de données valides.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="152" />
      <source>When OUTPUT exists and RESUME is off, delete it and start again: its tiles and review decisions are lost. Without RESUME or OVERWRITE an existing OUTPUT is never touched: the run is refused.</source>
      <translation>Quand OUTPUT existe et que RESUME est désactivé, la supprimer et recommencer : ses tuiles et décisions de vérification sont perdues. Sans RESUME ni OVERWRITE, une OUTPUT existante n'est jamais touchée : l'exécution est refusée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="156" />
      <source>When set, the chip of each tile given to the model is written there as a PNG named after its tile_id, pixel for pixel as the model saw it.</source>
      <translation>Si défini, la vignette de chaque tuile donnée au modèle y est écrite en PNG nommé d'après son tile_id, pixel pour pixel comme le modèle l'a vue.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="159" />
      <source>GeoPackage of 1 km tiles, written as tiles finish; the style is stored inside.</source>
      <translation>GeoPackage de tuiles de 1 km, écrit au fur et à mesure ; le style est enregistré dedans.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="165" />
      <source>Compares two outputs of Classify deforestation on the same 1 km grid, tile by tile (the tile ids line up). Where an analyst set reviewed_label in the review dock, it overrides the model's class_label.

OUTPUT: one row per tile present and classified in both, with label_before, label_after, transition (e.g. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 where STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, prob_recently_cleared_after, the patch_id of alert tiles and the centroid's longitude and latitude.

PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the forest was seen and the earliest date it was seen gone.

Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).

Clearings (docs/ALERTS.md): in alert tiles, tiles kept as forest and alert tiles' neighbours, the 10 m pixels vegetated (NDVI 0.6 or more) in the earlier image and cleared (NDVI below 0.5) in the later one, seen in both (not nodata, cloud, shadow or snow in the SCL where known, nor as bright in red as a cloud); edge-connected across tile borders; those under MIN_AREA_HA dropped. OUTPUT tiles get cleared_ha and confidence: highest (alert, clearing and REFERENCE_ALERTS agree), high (alert and clearing), low (alert, no clearing: a false flag or an older clearing; none when under half the tile was seen), candidate (kept as forest, with a clearing). One image alone gives no clearings (no fresh clearing from old pasture).

Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR without review), are counted and reported, never guessed. Layers on different grids are refused. EXPORT_FOLDER also writes the alerts, patches and clearings as GeoJSON, KML and CSV for a field team.</source>
      <translation>Compare deux sorties de Classer la déforestation sur la même grille de 1 km, tuile par tuile (les identifiants des tuiles s'alignent). Là où un analyste a défini reviewed_label dans le panneau de vérification, il remplace class_label du modèle.

OUTPUT : une ligne par tuile présente et classée dans les deux, avec label_before, label_after, transition (p. ex. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 là où STANDING_FOREST est devenu RECENTLY_CLEARED ou LONG_TERM_NON_FOREST), les dates des images, prob_recently_cleared_after, le patch_id des tuiles en alerte et la longitude et la latitude du centroïde.

PATCHES : les tuiles en alerte partageant un bord fusionnées en un polygone chacune (les voisines en diagonale sont des zones séparées), la plus grande d'abord : patch_id, n_tiles, area_ha (au sol, environ 100 ha par tuile), max_prob_recently_cleared, la dernière date où la forêt a été vue et la première date où elle a été vue disparue.

Sans BEFORE, les tuiles RECENTLY_CLEARED d'AFTER sont les alertes (une seule date).

Défrichements (docs/ALERTS.md) : dans les tuiles en alerte, les tuiles gardées comme forêt et les voisines des tuiles en alerte, les pixels de 10 m végétalisés (NDVI de 0,6 ou plus) dans l'image antérieure et défrichés (NDVI inférieur à 0,5) dans la postérieure, vus dans les deux (ni nodata, nuage, ombre ou neige dans la SCL quand elle est connue, ni aussi brillants en rouge qu'un nuage) ; connectés par les bords à travers les limites des tuiles ; ceux sous MIN_AREA_HA écartés. Les tuiles d'OUTPUT reçoivent cleared_ha et confidence : highest (alerte, défrichement et REFERENCE_ALERTS concordent), high (alerte et défrichement), low (alerte sans défrichement : une fausse alerte ou un défrichement plus ancien ; aucun niveau quand moins de la moitié de la tuile a été vue), candidate (gardée comme forêt, avec un défrichement). Une image seule ne donne pas de défrichements (pas de défrichement récent distingué d'un vieux pâturage).

Les tuiles présentes dans une seule couche, ou sans classe dans l'une ou l'autre (NO_DATA, CLOUDY, ERROR sans vérification), sont comptées et signalées, jamais devinées. Les couches sur des grilles différentes sont refusées. EXPORT_FOLDER écrit aussi les alertes, zones et défrichements en GeoJSON, KML et CSV pour une équipe de terrain.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="193" />
      <source>An output of Classify deforestation for the earlier date. Leave empty to take the RECENTLY_CLEARED tiles of AFTER as the alerts.</source>
      <translation>Une sortie de Classer la déforestation pour la date antérieure. Laissez vide pour prendre les tuiles RECENTLY_CLEARED d'AFTER comme alertes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="196" />
      <source>An output of Classify deforestation for the later date, on the same grid.</source>
      <translation>Une sortie de Classer la déforestation pour la date postérieure, sur la même grille.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="198" />
      <source>The image of the earlier date (B08, B04). Default: the raster BEFORE records, with its bands, scaling and cloud mask. Without BEFORE, it gives clearings.</source>
      <translation>L'image de la date antérieure (B08, B04). Par défaut : le raster qu'enregistre BEFORE, avec ses bandes, sa mise à l'échelle et son masque de nuages. Sans BEFORE, elle donne les défrichements.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="201" />
      <source>The image of the later date. Default: the raster AFTER records.</source>
      <translation>L'image de la date postérieure. Par défaut : le raster qu'AFTER enregistre.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="203" />
      <source>Minimum mapping unit in ground hectares (MapBiomas Alerta 0.3, DETER 1, PRODES 6.25).</source>
      <translation>Unité cartographique minimale en hectares au sol (MapBiomas Alerta 0,3, DETER 1, PRODES 6,25).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="206" />
      <source>Polygons (protected areas, properties, concessions): each clearing's overlay_ha and overlay_names.</source>
      <translation>Polygones (aires protégées, propriétés, concessions) : overlay_ha et overlay_names de chaque défrichement.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="209" />
      <source>The OVERLAY field naming each polygon; empty: its id.</source>
      <translation>Le champ de OVERLAY nommant chaque polygone ; vide : son identifiant.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="210" />
      <source>Another system's alerts, polygons (DETER, MapBiomas) or a raster, non-zero an alert (GFW): reference_overlap_ha; an alert tile they agree with is highest.</source>
      <translation>Les alertes d'un autre système, polygones (DETER, MapBiomas) ou raster, non nul = alerte (GFW) : reference_overlap_ha ; une tuile en alerte qu'elles confirment est au niveau le plus élevé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="213" />
      <source>One row per compared tile: alerts red, cleared_ha, confidence.</source>
      <translation>Une ligne par tuile comparée : alertes en rouge, cleared_ha, confiance.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="214" />
      <source>Edge-connected alert tiles as one polygon each, area on the ground, cleared_ha and their strongest tier.</source>
      <translation>Les tuiles en alerte connectées par un bord, un polygone par groupe, avec la surface au sol, cleared_ha et leur niveau le plus fort.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="217" />
      <source>One polygon per clearing, styled by tier; tile_id: the alert (or, for a candidate, forest) tile holding most of it; area_ha on the ground; mean NDVI before and after; overlaps; dates; centroid.</source>
      <translation>Un polygone par défrichement, stylé par niveau ; tile_id : la tuile en alerte (ou, pour un candidat, forestière) qui en contient la plus grande part ; area_ha au sol ; NDVI moyen avant et après ; chevauchements ; dates ; centroïde.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="221" />
      <source>When set: alerts, patches and clearings as .geojson, .kml and .csv (WGS 84; CSV with centroid longitude and latitude).</source>
      <translation>Si défini : alertes, zones et défrichements en .geojson, .kml et .csv (WGS 84 ; CSV avec longitude et latitude du centroïde).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="227" />
      <source>Compares each tile's predicted class (e.g. class_label from Classify deforestation) with a reference class (e.g. reviewed_label from the review dock, or reference_label from Hansen reference labels) and writes an HTML report laid out like the model card: per-class precision, recall, F1 and support, macro and weighted averages, accuracy, macro F1, RECENTLY_CLEARED recall, and the confusion matrix (reference rows, predicted columns).

Metrics are those of scikit-learn's classification_report with zero_division=0: a class that was never predicted gets precision 0, a class with no reference tile gets recall 0, and both still count in the macro average. ACCURACY, MACRO_F1 and RC_RECALL are fractions between 0 and 1.

Tiles whose reference or prediction is empty (NULL), blank or not one of STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST are left out and counted (letter case and surrounding blanks are ignored). With 'Selected features only' ticked, only the selection is evaluated.</source>
      <translation>Compare la classe prédite de chaque tuile (p. ex. class_label de Classer la déforestation) avec une classe de référence (p. ex. reviewed_label du panneau de vérification, ou reference_label des étiquettes de référence Hansen) et écrit un rapport HTML présenté comme la fiche du modèle : précision, rappel, F1 et effectif par classe, moyennes macro et pondérée, exactitude, F1 macro, rappel de RECENTLY_CLEARED, et la matrice de confusion (lignes de référence, colonnes prédites).

Les métriques sont celles de classification_report de scikit-learn avec zero_division=0 : une classe jamais prédite a une précision de 0, une classe sans tuile de référence a un rappel de 0, et les deux comptent quand même dans la moyenne macro. ACCURACY, MACRO_F1 et RC_RECALL sont des fractions entre 0 et 1.

Les tuiles dont la référence ou la prédiction est vide (NULL), blanche ou n'est pas l'une de STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST sont écartées et comptées (la casse et les espaces autour sont ignorés). Avec « Entités sélectionnées uniquement » coché, seule la sélection est évaluée.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="243" />
      <source>A layer (or table) with one feature per tile, holding a predicted class and a reference class in two text fields, e.g. the output of Classify deforestation after review or after Hansen reference labels.</source>
      <translation>Une couche (ou table) avec une entité par tuile, contenant une classe prédite et une classe de référence dans deux champs texte, p. ex. la sortie de Classer la déforestation après vérification ou après les étiquettes de référence Hansen.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="247" />
      <source>Field holding the model's class. Default: class_label.</source>
      <translation>Champ contenant la classe du modèle. Par défaut : class_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="249" />
      <source>Field holding the true class: reviewed_label (set in the review dock) or reference_label (from Hansen reference labels). Default: reference_label.</source>
      <translation>Champ contenant la vraie classe : reviewed_label (défini dans le panneau de vérification) ou reference_label (issu des étiquettes de référence Hansen). Par défaut : reference_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="252" />
      <source>The HTML report: headline metrics, the per-class table, the confusion matrix and the tiles left out.</source>
      <translation>Le rapport HTML : indicateurs principaux, tableau par classe, matrice de confusion et tuiles écartées.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="258" />
      <source>Searches a STAC API (Earth Search's sentinel-2-l2a, then sentinel-2-c1-l2a, by default: sentinel-2-l2a is the source of the model's training chips) for the acquisitions over EXTENT between START_DATE and END_DATE. With PER_TILE (the default) every 1 km tile of the classifier's grid takes its pixels from the acquisition clearest over it (its SCL: cloud, shadow, cirrus, snow, nodata; the newest on ties), never blended; otherwise one acquisition, the least cloudy over the extent (scene cloud first, the SCL over the extent when candidates are close, the newest on ties), is taken for the whole area. It writes a VRT of B08, B04, B03 (assets nir, red, green, or their -jp2 JPEG 2000 assets where an item has no COG; never nir08, which is B8A) on one UTM grid, clipped to the extent on whole kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: only the blocks of the extent travel. Each item's BOA offset comes from its metadata and is checked against its pixels (dark targets): where they clearly disagree the pixels decide and the log says so; where the pixels cannot tell, a warning. The VRT records the item ids, the acquisition of every tile, the processing baselines and the offset decisions, so Classify deforestation writes each tile's image_date / image_id and uses the SCL as its cloud mask.</source>
      <translation>Cherche dans une API STAC (sentinel-2-l2a d'Earth Search, puis sentinel-2-c1-l2a, par défaut : sentinel-2-l2a est la source des vignettes d'entraînement du modèle) les acquisitions sur EXTENT entre START_DATE et END_DATE. Avec PER_TILE (par défaut), chaque tuile de 1 km de la grille du classificateur prend ses pixels de l'acquisition la plus claire sur elle (sa SCL : nuage, ombre, cirrus, neige, nodata ; la plus récente en cas d'égalité), jamais mélangés ; sinon une seule acquisition, la moins nuageuse sur l'emprise (nuages de la scène d'abord, la SCL sur l'emprise quand les candidates sont proches, la plus récente en cas d'égalité), est prise pour toute la zone. Il écrit un VRT de B08, B04, B03 (assets nir, red, green, ou leurs assets JPEG 2000 -jp2 quand un item n'a pas de COG ; jamais nir08, qui est B8A) sur une grille UTM, découpé sur l'emprise au kilomètre entier, avec la SCL à côté. Les bandes sont lues via /vsicurl/ de GDAL : seuls les blocs de l'emprise transitent. Le décalage BOA de chaque item vient de ses métadonnées et est vérifié sur ses pixels (cibles sombres) : là où ils divergent nettement, les pixels décident et le journal le dit ; là où les pixels ne permettent pas de trancher, un avertissement. Le VRT enregistre les identifiants des items, l'acquisition de chaque tuile, les baselines de traitement et les décisions de décalage, pour que Classer la déforestation écrive l'image_date / image_id de chaque tuile et utilise la SCL comme masque de nuages.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="277" />
      <source>The area to fetch, in any CRS.</source>
      <translation>La zone à récupérer, dans n'importe quel SCR.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="278" />
      <source>YYYY-MM-DD; empty: 90 days before END_DATE.</source>
      <translation>AAAA-MM-JJ ; vide : 90 jours avant END_DATE.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="279" />
      <source>YYYY-MM-DD; empty: today.</source>
      <translation>AAAA-MM-JJ ; vide : aujourd'hui.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="280" />
      <source>Without PER_TILE: acquisitions whose eo:cloud_cover is above this are not taken. With PER_TILE it does not apply: a scene cloudy as a whole can be the clearest over some tile, so every acquisition of the window is compared tile by tile.</source>
      <translation>Sans PER_TILE : les acquisitions dont eo:cloud_cover dépasse cette valeur ne sont pas prises. Avec PER_TILE, elle ne s'applique pas : une scène nuageuse dans son ensemble peut être la plus claire sur une tuile, donc chaque acquisition de la fenêtre est comparée tuile par tuile.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="285" />
      <source>The STAC API root (it answers /search).</source>
      <translation>La racine de l'API STAC (elle répond à /search).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="286" />
      <source>Sentinel-2 L2A collections with assets green, red, nir and scl, comma-separated. Default: sentinel-2-l2a,sentinel-2-c1-l2a (some acquisitions exist only in the second). The same acquisition of an MGRS tile found in several is taken once, from the collection listed first.</source>
      <translation>Collections Sentinel-2 L2A avec les assets green, red, nir et scl, séparées par des virgules. Par défaut : sentinel-2-l2a,sentinel-2-c1-l2a (certaines acquisitions n'existent que dans la seconde). La même acquisition d'une tuile MGRS trouvée dans plusieurs est prise une seule fois, dans la collection listée en premier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="291" />
      <source>Every 1 km tile from the acquisition clearest over it (default), so that cloudy seasons still give an answer for most tiles; tiles clear in no acquisition stay CLOUDY. Off: one acquisition for the whole area.</source>
      <translation>Chaque tuile de 1 km depuis l'acquisition la plus claire sur elle (par défaut), pour que les saisons nuageuses donnent quand même une réponse pour la plupart des tuiles ; les tuiles claires dans aucune acquisition restent CLOUDY. Désactivé : une seule acquisition pour toute la zone.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="295" />
      <source>For offline work: the VRT then points at GeoTIFFs next to it, not at the server.</source>
      <translation>Pour travailler hors ligne : le VRT pointe alors vers des GeoTIFF placés à côté, pas vers le serveur.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="298" />
      <source>The VRT to write (B08, B04, B03); the band VRTs and the SCL go next to it.</source>
      <translation>Le VRT à écrire (B08, B04, B03) ; les VRT des bandes et la SCL sont placés à côté.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="303" />
      <source>Gives every tile polygon a reference class from the Hansen Global Forest Change layers treecover2000 and lossyear, with the model card's rule: STANDING_FOREST = &gt;= 50 % canopy in 2000 and no recent loss; RECENTLY_CLEARED = was forest and lost inside the recent window; else LONG_TERM_NON_FOREST. Use the result as reference for Evaluate (REFERENCE_FIELD = reference_label).

For each tile, the Hansen pixels whose centre lies inside the polygon are used (the polygon is transformed to the rasters' CRS; value 255 is nodata). A pixel is forest in 2000 when treecover2000 &gt;= the canopy threshold; lossyear v means loss in year 2000 + v. The tile is RECENTLY_CLEARED when the forest-2000 pixels lost within FIRST_YEAR..LAST_YEAR reach RECENT_LOSS_FRACTION of its valid pixels, else STANDING_FOREST when the forest-2000 pixels without any loss through LAST_YEAR reach FOREST_FRACTION, else LONG_TERM_NON_FOREST. Tiles without a valid Hansen pixel get an empty label and hansen_status NO_HANSEN_DATA (features without a geometry: NO_GEOMETRY). The model card publishes no tile-level thresholds: the two fractions are this plugin's choice, recorded in the output layer's metadata (abstract) and in the log.

Output: the input features and attributes plus reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), recent_loss_fraction, older_loss_fraction (forest-2000 pixels lost before FIRST_YEAR), hansen_pixels (about 1,300 for a 1 km tile at the equator, more towards the poles, where the 0.00025 degree pixels are narrower; fewer at the rasters' edge) and hansen_status.

Getting the data: Hansen GFC v1.12 granules are 10 x 10 degrees, named after their top-left corner (e.g. 10S_060W covers 10-20 S, 60-50 W), at https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif with layer = treecover2000 or lossyear. The log lists the granules your tiles need. For tiles spanning several granules, build one VRT per layer (gdalbuildvrt) over the same granules. Data: CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</source>
      <translation>Donne à chaque polygone de tuile une classe de référence tirée des couches Hansen Global Forest Change treecover2000 et lossyear, avec la règle de la fiche du modèle : STANDING_FOREST = &gt;= 50 % de couvert en 2000 et pas de perte récente ; RECENTLY_CLEARED = était forestier et perdu dans la fenêtre récente ; sinon LONG_TERM_NON_FOREST. Utilisez le résultat comme référence pour Évaluer (REFERENCE_FIELD = reference_label).

Pour chaque tuile, les pixels Hansen dont le centre est dans le polygone sont utilisés (le polygone est transformé dans le SCR des rasters ; la valeur 255 est nodata). Un pixel est forestier en 2000 quand treecover2000 &gt;= le seuil de couvert ; lossyear v signifie une perte en l'an 2000 + v. La tuile est RECENTLY_CLEARED quand les pixels forestiers en 2000 perdus dans FIRST_YEAR..LAST_YEAR atteignent RECENT_LOSS_FRACTION de ses pixels valides, sinon STANDING_FOREST quand les pixels forestiers en 2000 sans aucune perte jusqu'à LAST_YEAR atteignent FOREST_FRACTION, sinon LONG_TERM_NON_FOREST. Les tuiles sans pixel Hansen valide reçoivent une étiquette vide et hansen_status NO_HANSEN_DATA (entités sans géométrie : NO_GEOMETRY). La fiche du modèle ne publie pas de seuils au niveau des tuiles : les deux fractions sont un choix de cette extension, enregistré dans les métadonnées de la couche de sortie (résumé) et dans le journal.

Sortie : les entités et attributs d'entrée plus reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - récente - ancienne), recent_loss_fraction, older_loss_fraction (pixels forestiers en 2000 perdus avant FIRST_YEAR), hansen_pixels (environ 1 300 pour une tuile de 1 km à l'équateur, davantage vers les pôles, où les pixels de 0,00025 degré sont plus étroits ; moins au bord des rasters) et hansen_status.

Obtenir les données : les granules Hansen GFC v1.12 font 10 x 10 degrés, nommées d'après leur coin supérieur gauche (p. ex. 10S_060W couvre 10-20 S, 60-50 W), à https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif avec layer = treecover2000 ou lossyear. Le journal liste les granules dont vos tuiles ont besoin. Pour des tuiles à cheval sur plusieurs granules, construisez un VRT par couche (gdalbuildvrt) sur les mêmes granules. Données : CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="334" />
      <source>Polygon layer of tiles in any CRS, e.g. the output of Classify deforestation.</source>
      <translation>Couche de polygones de tuiles dans n'importe quel SCR, p. ex. la sortie de Classer la déforestation.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="337" />
      <source>Hansen GFC treecover2000 (percent canopy in 2000, 0-100; 255 = nodata), any CRS: a granule, a VRT of granules or a clip of them.</source>
      <translation>Hansen GFC treecover2000 (pourcentage de couvert en 2000, 0-100 ; 255 = nodata), tout SCR : une granule, un VRT de granules ou un découpage.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="340" />
      <source>Hansen GFC lossyear (0 = no loss, v = loss in 2000 + v; 255 = nodata), on the same pixel grid as treecover2000 (the same granules).</source>
      <translation>Hansen GFC lossyear (0 = pas de perte, v = perte en 2000 + v ; 255 = nodata), sur la même grille de pixels que treecover2000 (les mêmes granules).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="343" />
      <source>First calendar year whose loss counts as recent (inclusive). Default 2020: the model card's training window 2020-2024; its val/test labels used 3 years.</source>
      <translation>Première année civile dont la perte compte comme récente (incluse). Par défaut 2020 : la fenêtre d'entraînement 2020-2024 de la fiche du modèle ; ses étiquettes val/test utilisaient 3 ans.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="347" />
      <source>Last calendar year whose loss counts as recent (inclusive), usually the year of the imagery. Default 2024. Loss after it is ignored (the forest still stood). A warning is given when the Hansen files (by the GFC-YYYY in their name) end earlier.</source>
      <translation>Dernière année civile dont la perte compte comme récente (incluse), en général l'année de l'imagerie. Par défaut 2024. La perte postérieure est ignorée (la forêt était encore debout). Un avertissement est donné quand les fichiers Hansen (d'après le GFC-AAAA de leur nom) s'arrêtent plus tôt.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="352" />
      <source>A pixel is forest in 2000 when treecover2000 &gt;= this percentage. Default 50, the model card's '&gt;= 50 % canopy in 2000'.</source>
      <translation>Un pixel est forestier en 2000 quand treecover2000 &gt;= ce pourcentage. Par défaut 50, le « &gt;= 50 % de couvert en 2000 » de la fiche du modèle.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="355" />
      <source>Share of the tile's valid pixels that must be forest in 2000 with no loss through LAST_YEAR for STANDING_FOREST. Default 0.5 (most of the tile is standing forest). Not published by the model card. 0 means any standing-forest pixel.</source>
      <translation>Part des pixels valides de la tuile qui doivent être forestiers en 2000 sans perte jusqu'à LAST_YEAR pour STANDING_FOREST. Par défaut 0,5 (la majeure partie de la tuile est de la forêt sur pied). Non publiée par la fiche du modèle. 0 signifie n'importe quel pixel de forêt sur pied.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="360" />
      <source>Share of the tile's valid pixels that were forest in 2000 and lost within the window for RECENTLY_CLEARED; checked first. Default 0.05 (about 5 ha of a 1 km tile, clearly visible at 10 m, while a few stray loss pixels are not enough). Not published by the model card. 0 means any recent-loss pixel.</source>
      <translation>Part des pixels valides de la tuile qui étaient forestiers en 2000 et perdus dans la fenêtre pour RECENTLY_CLEARED ; vérifiée en premier. Par défaut 0,05 (environ 5 ha d'une tuile de 1 km, bien visibles à 10 m, alors que quelques pixels de perte isolés ne suffisent pas). Non publiée par la fiche du modèle. 0 signifie n'importe quel pixel de perte récente.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="365" />
      <source>The input tiles with reference_label, the fractions, hansen_pixels and hansen_status added (existing fields of those names are replaced). The parameters used are stored in the layer's metadata.</source>
      <translation>Les tuiles d'entrée avec reference_label, les fractions, hansen_pixels et hansen_status ajoutés (les champs existants de ces noms sont remplacés). Les paramètres utilisés sont enregistrés dans les métadonnées de la couche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="372" />
      <source>Re-derives class_label of an output of Classify deforestation from its stored probabilities, without running the model: RECENTLY_CLEARED where prob_recently_cleared reaches RC_THRESHOLD; below it the label stays, except a RECENTLY_CLEARED label, which becomes the most probable class. confidence becomes the probability of the new label. Lower the threshold to miss fewer clearings at the cost of more tiles to review. Every other field, the review decisions included, is copied unchanged. Classified tiles without probabilities (the recipe engine, or a server that gives no log-probabilities) keep their label and are counted; tiles not CLASSIFIED are copied as they are.</source>
      <translation>Recalcule class_label d'une sortie de Classer la déforestation à partir de ses probabilités enregistrées, sans exécuter le modèle : RECENTLY_CLEARED là où prob_recently_cleared atteint RC_THRESHOLD ; en dessous, l'étiquette reste, sauf une étiquette RECENTLY_CLEARED, qui devient la classe la plus probable. confidence devient la probabilité de la nouvelle étiquette. Abaissez le seuil pour manquer moins de défrichements au prix de plus de tuiles à vérifier. Tous les autres champs, décisions de vérification comprises, sont copiés sans changement. Les tuiles classées sans probabilités (le moteur de la recette, ou un serveur qui ne donne pas de log-probabilités) gardent leur étiquette et sont comptées ; les tuiles non CLASSIFIED sont copiées telles quelles.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="383" />
      <source>An output of Classify deforestation made with the fast scoring engine (or a server that gives log-probabilities).</source>
      <translation>Une sortie de Classer la déforestation faite avec le moteur d'évaluation rapide (ou un serveur qui donne les log-probabilités).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="386" />
      <source>A tile whose prob_recently_cleared reaches this value is RECENTLY_CLEARED.</source>
      <translation>Une tuile dont prob_recently_cleared atteint cette valeur est RECENTLY_CLEARED.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="388" />
      <source>A copy of INPUT with the new labels, styled like the classification.</source>
      <translation>Une copie de INPUT avec les nouvelles étiquettes, stylée comme la classification.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="393" />
      <source>Finds the B03, B04 and B08 files in a folder (a SAFE product's IMG_DATA, or single band downloads such as T21LYG_20230105_B08_10m.jp2 or B08.tif; B8A is never taken for B08) and writes a VRT that stacks them with band descriptions, ready as INPUT of Classify deforestation. The VRT points at the original files: nothing is copied.

A SAFE L2A product of processing baseline 04.00 or later (every acquisition from 2022-01-25 on) stores DN = reflectance x 10000 + 1000 and states its BOA_ADD_OFFSET (-1000) only in MTD_MSIL2A.xml at the SAFE root. The algorithm reads it there, or the baseline from the SAFE folder name (_N0510_), and writes it into the VRT as each band's offset, so the chips match the training data; it also records the acquisition date and product id, which Classify deforestation keeps in its output. Keep the band files inside their SAFE folder: copied out alone, they no longer say which offset they need (a warning says so).</source>
      <translation>Trouve les fichiers B03, B04 et B08 dans un dossier (l'IMG_DATA d'un produit SAFE, ou des téléchargements de bandes isolées comme T21LYG_20230105_B08_10m.jp2 ou B08.tif ; B8A n'est jamais pris pour B08) et écrit un VRT qui les empile avec des descriptions de bandes, prêt comme INPUT de Classer la déforestation. Le VRT pointe vers les fichiers d'origine : rien n'est copié.

Un produit SAFE L2A de baseline de traitement 04.00 ou ultérieure (toute acquisition depuis le 2022-01-25) stocke DN = réflectance x 10000 + 1000 et n'indique son BOA_ADD_OFFSET (-1000) que dans MTD_MSIL2A.xml à la racine du SAFE. L'algorithme le lit là, ou la baseline dans le nom du dossier SAFE (_N0510_), et l'écrit dans le VRT comme décalage de chaque bande, pour que les vignettes correspondent aux données d'entraînement ; il enregistre aussi la date d'acquisition et l'identifiant du produit, que Classer la déforestation conserve dans sa sortie. Gardez les fichiers de bandes dans leur dossier SAFE : copiés seuls, ils ne disent plus de quel décalage ils ont besoin (un avertissement le signale).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="408" />
      <source>Folder holding one file per band (searched recursively; at 10 m when a SAFE product holds several resolutions).</source>
      <translation>Dossier contenant un fichier par bande (recherche récursive ; à 10 m quand un produit SAFE contient plusieurs résolutions).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="411" />
      <source>The VRT to write (B03, B04, B08).</source>
      <translation>Le VRT à écrire (B03, B04, B08).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="15" />
      <source>Writes a PDF report of a compare output for the people who act on alerts: a summary page (alert tiles by tier and by decision, the area of the alert patches and the area cleared inside them, the cleared area by overlay polygon, the dates, the plugin and model provenance) and one page per alert patch: its area in ha, tier, probabilities, dates, centroid, the overlay polygons it touches, and each tile's review and audit decision with the reviewer's and auditor's names, the reason and the time; a location map and an overview; and, when the images are given, the earlier and the later image side by side with the clearings outlined. The pages are a QGIS print layout and its atlas (one atlas feature per page), in the language QGIS runs in; it runs headless through qgis_process too.</source>
      <translation>Écrit un rapport PDF d'une sortie de comparaison pour les personnes qui agissent sur les alertes : une page de résumé (tuiles en alerte par niveau et par décision, la surface des zones d'alerte et la surface défrichée à l'intérieur, la surface défrichée par polygone de superposition, les dates, la provenance de l'extension et du modèle) et une page par zone d'alerte : sa surface en ha, son niveau, les probabilités, les dates, le centroïde, les polygones de superposition qu'elle touche, et la décision de vérification et d'audit de chaque tuile avec les noms du vérificateur et de l'auditeur, le motif et l'heure ; une carte de localisation et une vue d'ensemble ; et, quand les images sont données, l'image antérieure et la postérieure côte à côte avec les défrichements tracés. Les pages sont une mise en page d'impression QGIS et son atlas (une entité d'atlas par page), dans la langue de QGIS ; cela fonctionne aussi sans interface via qgis_process.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="27" />
      <source>The compared tiles: OUTPUT of Compare two dates, with the review's decisions (review_status, reviewer, review_reason, audit_status, auditor).</source>
      <translation>Les tuiles comparées : OUTPUT de Comparer deux dates, avec les décisions de la vérification (review_status, reviewer, review_reason, audit_status, auditor).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="30" />
      <source>PATCHES of the same compare run: each patch's area_ha and outline. Without it, a patch's area is its 1 km tiles.</source>
      <translation>PATCHES de la même comparaison : area_ha et contour de chaque zone. Sans cela, la surface d'une zone est celle de ses tuiles de 1 km.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="33" />
      <source>CLEARINGS of the same compare run, outlined on the maps; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS de la même comparaison, tracés sur les cartes ; par défaut : le fichier de défrichements qu'enregistre la sortie de la comparaison.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="36" />
      <source>The earlier Sentinel-2 image (B03, B04, B08), shown in the chips' false colour on each patch page.</source>
      <translation>L'image Sentinel-2 antérieure (B03, B04, B08), affichée dans les fausses couleurs des vignettes sur la page de chaque zone.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="39" />
      <source>The later Sentinel-2 image, shown beside the earlier.</source>
      <translation>L'image Sentinel-2 postérieure, affichée à côté de l'antérieure.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="40" />
      <source>The PDF to write.</source>
      <translation>Le PDF à écrire.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="44" />
      <source>Makes a folder to review alerts in the field, offline, with QField or any mobile GIS: a GeoPackage (field_review.gpkg) with the tiles of the review queue (the alert tiles and the candidate tiles) and their clearings, the earlier and the later chip of each tile as PNG files in its DCIM folder, and a project (field_review.qgz) with relative paths, the layers styled and a form for the decision: the decision, the class seen and the reason chosen from lists in the analyst's language, the reviewer, a note, the time stamped in UTC, and the chips shown as images. Copy the whole folder to the device. Bring the GeoPackage back and run Merge field decisions to write the decisions into the compare output.</source>
      <translation>Crée un dossier pour vérifier les alertes sur le terrain, hors ligne, avec QField ou tout SIG mobile : un GeoPackage (field_review.gpkg) avec les tuiles de la file de vérification (les tuiles en alerte et les tuiles candidates) et leurs défrichements, la vignette antérieure et la vignette postérieure de chaque tuile en fichiers PNG dans son dossier DCIM, et un projet (field_review.qgz) avec des chemins relatifs, les couches stylées et un formulaire pour la décision : la décision, la classe observée et le motif choisis dans des listes dans la langue de l'analyste, le vérificateur, une note, l'heure enregistrée en UTC, et les vignettes affichées en images. Copiez tout le dossier sur l'appareil. Rapportez le GeoPackage et lancez Fusionner les décisions de terrain pour écrire les décisions dans la sortie de la comparaison.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="55" />
      <source>The compared tiles: OUTPUT of Compare two dates, a GeoPackage. Its decisions so far go into the package.</source>
      <translation>Les tuiles comparées : OUTPUT de Comparer deux dates, un GeoPackage. Ses décisions prises jusqu'ici vont dans le paquet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="58" />
      <source>CLEARINGS of the same compare run; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS de la même comparaison ; par défaut : le fichier de défrichements qu'enregistre la sortie de la comparaison.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="61" />
      <source>The earlier Sentinel-2 image, for the earlier chip of each tile; default: the image the review chose for this layer in the project. Without it, no chips.</source>
      <translation>L'image Sentinel-2 antérieure, pour la vignette antérieure de chaque tuile ; par défaut : l'image que la vérification a choisie pour cette couche dans le projet. Sans elle, pas de vignettes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="64" />
      <source>The later Sentinel-2 image, for the later chips.</source>
      <translation>L'image Sentinel-2 postérieure, pour les vignettes postérieures.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="65" />
      <source>The folder of the package; it must not hold a field package already (merge that one first).</source>
      <translation>Le dossier du paquet ; il ne doit pas déjà contenir un paquet de terrain (fusionnez d'abord celui-là).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="71" />
      <source>Writes the decisions made in a field package back into the compare output, matched by tile_id, through the layer as the review writes them. A tile the field left as it was packaged is not touched. When the office decided a tile after the package was made, the later decision wins: an office decision as late as the field's or later is kept and the field's is reported as a conflict, never written over it. A new decision clears the earlier audit, as in the review.</source>
      <translation>Écrit les décisions prises dans un paquet de terrain dans la sortie de la comparaison, appariées par tile_id, au travers de la couche comme la vérification les écrit. Une tuile que le terrain a laissée telle qu'empaquetée n'est pas touchée. Quand le bureau a décidé d'une tuile après la création du paquet, la décision la plus récente l'emporte : une décision du bureau aussi récente que celle du terrain ou plus est conservée et celle du terrain est signalée comme conflit, jamais écrite par-dessus. Une nouvelle décision efface l'audit précédent, comme dans la vérification.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="79" />
      <source>The compared tiles the package was made from (OUTPUT of Compare two dates); the decisions are written into it.</source>
      <translation>Les tuiles comparées dont le paquet est issu (OUTPUT de Comparer deux dates) ; les décisions y sont écrites.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="82" />
      <source>field_review.gpkg of the field package, as it came back from the field.</source>
      <translation>field_review.gpkg du paquet de terrain, tel qu'il est revenu du terrain.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="17" />
      <source>Writes a report to paste when something goes wrong: the versions of the plugin, QGIS, Qt, Python, GDAL, numpy and llama-cpp-python; the backend and the compute devices llama.cpp sees (and the last device measurement); the model files with their sizes and SHA-256; the plugin's settings; and the last lines of the last classification run's log.

The report is made to be shared: your home folder is written as ~ and your user name replaced, and API keys are never included. Read it before you send it: the file and folder names it lists are yours.</source>
      <translation>Écrit un rapport à coller quand quelque chose ne va pas : les versions de l'extension, de QGIS, Qt, Python, GDAL, numpy et llama-cpp-python ; le backend et les appareils de calcul que voit llama.cpp (et la dernière mesure d'appareil) ; les fichiers du modèle avec leurs tailles et SHA-256 ; les paramètres de l'extension ; et les dernières lignes du journal de la dernière classification.

Le rapport est fait pour être partagé : votre dossier personnel est écrit ~ et votre nom d'utilisateur remplacé, et les clés d'API ne sont jamais incluses. Lisez-le avant de l'envoyer : les noms de fichiers et de dossiers qu'il liste sont les vôtres.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="27" />
      <source>The Markdown file to write (.md).</source>
      <translation>Le fichier Markdown à écrire (.md).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="31" />
      <source>Writes an offline bundle: a folder to copy on a USB stick for a computer without network, the same as `make offline-bundle` writes. It holds the pinned llama-cpp-python and its pure dependencies as prebuilt wheels for each platform and backend chosen (downloaded with pip, nothing is compiled), the model files of the plugin settings, and bundle.json with the SHA-256 of every file.

A platform and backend without a prebuilt wheel (or unreachable from here) is left out and listed in bundle.json with pip's reason; the run fails when no platform got wheels. On the computer without network: Settings &gt; Options &gt; Deforestation Classifier &gt; Install dependencies &gt; Install from an offline bundle..., or Use an offline bundle... in the model dialog.</source>
      <translation>Écrit un paquet hors ligne : un dossier à copier sur une clé USB pour un ordinateur sans réseau, le même que celui qu'écrit `make offline-bundle`. Il contient le llama-cpp-python épinglé et ses dépendances pures sous forme de wheels précompilés pour chaque plateforme et backend choisis (téléchargés avec pip, rien n'est compilé), les fichiers du modèle des paramètres de l'extension, et bundle.json avec le SHA-256 de chaque fichier.

Une plateforme et un backend sans wheel précompilé (ou injoignables d'ici) sont laissés de côté et listés dans bundle.json avec la raison de pip ; l'exécution échoue quand aucune plateforme n'a reçu de wheels. Sur l'ordinateur sans réseau : Paramètres &gt; Options &gt; Classificateur de déforestation &gt; Installer les dépendances... &gt; Installer depuis un paquet hors ligne..., ou Utiliser un paquet hors ligne... dans la boîte de dialogue du modèle.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="43" />
      <source>The folder to write the bundle into (an empty folder, or a USB stick).</source>
      <translation>Le dossier où écrire le paquet (un dossier vide, ou une clé USB).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="45" />
      <source>The operating systems the bundle is for: Windows (64-bit), Linux (x86_64), macOS (Apple silicon). Default: all three. With qgis_process, give the names, comma-separated: PLATFORMS=windows-amd64,linux-x86_64.</source>
      <translation>Les systèmes d'exploitation auxquels le paquet est destiné : Windows (64 bits), Linux (x86_64), macOS (Apple silicon). Par défaut : les trois. Avec qgis_process, donnez les noms, séparés par des virgules : PLATFORMS=windows-amd64,linux-x86_64.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="49" />
      <source>The llama-cpp-python builds to download: cpu works everywhere; vulkan and cuda are for Windows and Linux, metal for macOS. None chosen: each platform's prebuilt builds. A backend a platform has no prebuilt build of is skipped. With qgis_process, give the names: BACKENDS=cpu,vulkan.</source>
      <translation>Les builds de llama-cpp-python à télécharger : cpu fonctionne partout ; vulkan et cuda sont pour Windows et Linux, metal pour macOS. Aucun choisi : les builds précompilés de chaque plateforme. Un backend sans build précompilé pour une plateforme est ignoré. Avec qgis_process, donnez les noms : BACKENDS=cpu,vulkan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="54" />
      <source>The Python version (major.minor) of the QGIS the bundle is for, which may differ from this one: read it in that QGIS's Python console with import sys; sys.version. Wheels are built for one Python version. Default: this QGIS's, {}.</source>
      <translation>La version de Python (major.minor) du QGIS auquel le paquet est destiné, qui peut différer de celui-ci : lisez-la dans la console Python de ce QGIS avec import sys; sys.version. Les wheels sont construits pour une version de Python. Par défaut : celle de ce QGIS, {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="59" />
      <source>Copy the model files of the plugin settings (the model card's pair, or the files set there) into the bundle. They must be on this computer: download the model first in the plugin settings, or untick this to write the wheels only.</source>
      <translation>Copier dans le paquet les fichiers du modèle des paramètres de l'extension (la paire de la fiche du modèle, ou les fichiers qui y sont indiqués). Ils doivent être sur cet ordinateur : téléchargez d'abord le modèle dans les paramètres de l'extension, ou décochez cette option pour n'écrire que les wheels.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="63" />
      <source>A folder of wheels (an office mirror) to take the packages from instead of the package indexes on the internet.</source>
      <translation>Un dossier de wheels (un miroir du bureau) où prendre les paquets au lieu des index de paquets sur Internet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="69" />
      <source>Write an offline bundle</source>
      <translation>Écrire un paquet hors ligne</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="75" />
      <source>Bundle folder</source>
      <translation>Dossier du paquet</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="77" />
      <source>Platforms</source>
      <translation>Plateformes</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="80" />
      <source>Backends (none: each platform's prebuilt builds)</source>
      <translation>Backends (aucun : les builds précompilés de chaque plateforme)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="84" />
      <source>Python version of the QGIS the bundle is for</source>
      <translation>Version de Python du QGIS auquel le paquet est destiné</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="87" />
      <source>Include the model files</source>
      <translation>Inclure les fichiers du modèle</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="89" />
      <source>Folder of wheels to take the packages from</source>
      <translation>Dossier de wheels où prendre les paquets</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="92" />
      <source>The bundle's manifest (bundle.json)</source>
      <translation>Le manifeste du paquet (bundle.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="94" />
      <source>Platforms and backends with wheels</source>
      <translation>Plateformes et backends avec wheels</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="96" />
      <source>Platforms and backends without wheels</source>
      <translation>Plateformes et backends sans wheels</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="102" />
      <source>PYTHON_VERSION must be major.minor, such as 3.12: that of the QGIS the bundle is for (in its Python console: import sys; sys.version), not {!r}.</source>
      <translation>PYTHON_VERSION doit être major.minor, comme 3.12 : celle du QGIS auquel le paquet est destiné (dans sa console Python : import sys; sys.version), pas {!r}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="118" />
      <source>No wheels were downloaded for any platform ({}). Check the network (or FIND_LINKS), PYTHON_VERSION and BACKENDS; {} keeps pip's reasons in full.</source>
      <translation>Aucun wheel n'a été téléchargé pour aucune plateforme ({}). Vérifiez le réseau (ou FIND_LINKS), PYTHON_VERSION et BACKENDS ; {} garde les raisons de pip en entier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="121" />
      <source>no backend chosen has prebuilt builds for the platforms chosen</source>
      <translation>aucun backend choisi n'a de builds précompilés pour les plateformes choisies</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="124" />
      <source>Left out, without wheels: {}</source>
      <translation>Laissés de côté, sans wheels : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="125" />
      <source>Offline bundle written to {}: wheels for {}; {} model files.</source>
      <translation>Paquet hors ligne écrit dans {} : wheels pour {} ; {} fichiers du modèle.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="143" />
      <source>INCLUDE_MODEL: the model files are not on this computer ({}). Download the model first (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model...), or untick INCLUDE_MODEL to write the wheels only.</source>
      <translation>INCLUDE_MODEL : les fichiers du modèle ne sont pas sur cet ordinateur ({}). Téléchargez d'abord le modèle (Paramètres &gt; Options &gt; Classificateur de déforestation &gt; Télécharger le modèle...), ou décochez INCLUDE_MODEL pour n'écrire que les wheels.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="40" />
      <source>Relabel tiles for another RECENTLY_CLEARED threshold</source>
      <translation>Réétiqueter les tuiles pour un autre seuil de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="45" />
      <source>Classified tiles</source>
      <translation>Tuiles classées</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="51" />
      <source>Relabelled tiles</source>
      <translation>Tuiles réétiquetées</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="52" />
      <source>Tiles whose label changed</source>
      <translation>Tuiles dont l'étiquette a changé</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="53" />
      <source>Tiles newly RECENTLY_CLEARED</source>
      <translation>Tuiles nouvellement RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="54" />
      <source>RECENTLY_CLEARED tiles</source>
      <translation>Tuiles RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="55" />
      <source>Classified tiles without probabilities</source>
      <translation>Tuiles classées sans probabilités</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="66" />
      <source>INPUT lacks the fields {}: use an output of Classify deforestation.</source>
      <translation>INPUT n'a pas les champs {} : utilisez une sortie de Classer la déforestation.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="76" />
      <source>RC_THRESHOLD {}: {} labels changed, {} tiles newly RECENTLY_CLEARED ({} in all); {} classified tiles without probabilities kept their label.</source>
      <translation>RC_THRESHOLD {} : {} étiquettes changées, {} tuiles nouvellement RECENTLY_CLEARED ({} en tout) ; {} tuiles classées sans probabilités ont gardé leur étiquette.</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="19" />
      <source>Stack Sentinel-2 band files (B03, B04, B08) into a VRT</source>
      <translation>Empiler les fichiers de bandes Sentinel-2 (B03, B04, B08) dans un VRT</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="24" />
      <source>Folder of band files</source>
      <translation>Dossier des fichiers de bandes</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="27" />
      <source>Stacked VRT</source>
      <translation>VRT empilé</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="40" />
      <source>Stacked B03, B04, B08 into {}</source>
      <translation>B03, B04, B08 empilées dans {}</translation>
    </message>
    <message>
      <location filename="../toolbelt/message_bar.py" line="17" />
      <location filename="../toolbelt/message_bar.py" line="33" />
      <source>Deforestation Classifier</source>
      <translation>Classificateur de déforestation</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="209" />
      <source>Chip of {} could not be rendered: {}</source>
      <translation>La vignette de {} n'a pas pu être rendue : {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="37" />
      <source>Deforestation {}</source>
      <translation>Déforestation {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>no data</source>
      <translation>pas de données</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>insufficient data</source>
      <translation>données insuffisantes</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>cloudy</source>
      <translation>nuageuse</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../ui/map_highlight.py" line="34" />
      <source>Tile {} cannot be shown in the map's CRS: {}</source>
      <translation>La tuile {} ne peut pas être affichée dans le SCR de la carte : {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="58" />
      <source>The offline bundle holds no model files. On a computer that has the model, write a bundle with them: `make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`.</source>
      <translation>Le paquet hors ligne ne contient aucun fichier de modèle. Sur un ordinateur qui a le modèle, écrivez un paquet qui les contient : `make offline-bundle MODEL=&lt;GGUF du modèle de texte&gt; MMPROJ=&lt;GGUF mmproj&gt;`.</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="61" />
      <source>The offline bundle's model files ({names}) are not one text model GGUF and one vision projector (mmproj) GGUF, so none is used; they were copied into {folder}. Write a bundle with the pair (`make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`), or choose the two files with "Use files already on this computer...".</source>
      <translation>Les fichiers de modèle du paquet hors ligne ({names}) ne sont pas un GGUF de modèle de texte et un GGUF de projecteur de vision (mmproj) : aucun n'est utilisé ; ils ont été copiés dans {folder}. Écrivez un paquet avec la paire (`make offline-bundle MODEL=&lt;GGUF du modèle de texte&gt; MMPROJ=&lt;GGUF mmproj&gt;`), ou choisissez les deux fichiers avec "Utiliser des fichiers déjà sur cet ordinateur...".</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="75" />
      <source>Copying the model from an offline bundle</source>
      <translation>Copie du modèle depuis un paquet hors ligne</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="100" />
      <source>Unexpected error while copying from the offline bundle: {}</source>
      <translation>Erreur inattendue lors de la copie depuis le paquet hors ligne : {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="106" />
      <source>Offline bundle: {}</source>
      <translation>Paquet hors ligne : {}</translation>
    </message>
  </context>
</TS>
