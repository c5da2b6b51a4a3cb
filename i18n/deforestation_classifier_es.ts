<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AlertView</name>
    <message>
      <location filename="../ui/alert_view.py" line="55" />
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="56" />
      <source>P(recently cleared) after</source>
      <translation>P(talado recientemente) después</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="57" />
      <source>Patch</source>
      <translation>Parche</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="58" />
      <source>Clearing</source>
      <translation>Desmonte</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="59" />
      <source>Review</source>
      <translation>Revisión</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="63" />
      <source>Alert report (PDF)...</source>
      <translation>Informe de alertas (PDF)...</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="64" />
      <source>Make the PDF report of this compare output: a summary page and a page per alert patch, with the review decisions.</source>
      <translation>Generar el informe PDF de esta salida de comparación: una página de resumen y una página por parche de alerta, con las decisiones de la revisión.</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="124" />
      <source>not compared (one date)</source>
      <translation>no comparada (una fecha)</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="135" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="137" />
      <source>{}: tile {} of {}</source>
      <translation>{}: tesela {} de {}</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>{}, {} ha cleared</source>
      <translation>{}, {} ha desmontados</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>no tier</source>
      <translation>sin nivel</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="146" />
      <source>not delineated</source>
      <translation>no delimitado</translation>
    </message>
  </context>
  <context>
    <name>AreaPicker</name>
    <message>
      <location filename="../ui/area_picker.py" line="52" />
      <source>The map view</source>
      <translation>La vista del mapa</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="53" />
      <source>A rectangle drawn on the map</source>
      <translation>Un rectángulo dibujado en el mapa</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="54" />
      <source>A polygon layer</source>
      <translation>Una capa de polígonos</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="56" />
      <source>Draw on the map...</source>
      <translation>Dibujar en el mapa...</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="64" />
      <source>Selected features only</source>
      <translation>Solo los objetos seleccionados</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="106" />
      <source>Draw a rectangle on the map first (Draw on the map...).</source>
      <translation>Dibuje primero un rectángulo en el mapa (Dibujar en el mapa...).</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="108" />
      <source>Add a polygon layer to the project, or choose another area.</source>
      <translation>Añada una capa de polígonos al proyecto o elija otra área.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="109" />
      <source>Select features of '{}', or untick 'Selected features only'.</source>
      <translation>Seleccione objetos de '{}' o desmarque 'Solo los objetos seleccionados'.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="116" />
      <source>the rectangle drawn</source>
      <translation>el rectángulo dibujado</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="119" />
      <source>the selected features of '{}'</source>
      <translation>los objetos seleccionados de '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="120" />
      <source>the features of '{}'</source>
      <translation>los objetos de '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="121" />
      <source>the map view</source>
      <translation>la vista del mapa</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="143" />
      <source>Deforestation Classifier</source>
      <translation>Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="144" />
      <source>Drag a rectangle on the map: the area to work on. Esc or another tool cancels.</source>
      <translation>Arrastre un rectángulo en el mapa: el área de trabajo. Esc u otra herramienta cancela.</translation>
    </message>
  </context>
  <context>
    <name>ChipPanel</name>
    <message>
      <location filename="../ui/chip_panel.py" line="92" />
      <source>The 100 x 100 px chip the model saw (R = NIR B08, G = Red B04, B = Green B03), shown at {} x {} px.</source>
      <translation>El recorte de 100 x 100 px que vio el modelo (R = NIR B08, G = Rojo B04, B = Verde B03), mostrado a {} x {} px.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="106" />
      <source>Folder of the chips (&lt;tile_id&gt;.png)</source>
      <translation>Carpeta de los recortes (&lt;tile_id&gt;.png)</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="107" />
      <source>The chips folder (CHIPS_FOLDER) of the classification{}, remembered for this layer. Tiles without a chip file there are rendered again from the source raster.</source>
      <translation>La carpeta de recortes (CHIPS_FOLDER) de la clasificación{}, recordada para esta capa. Las teselas sin archivo de recorte en ella se vuelven a representar a partir del ráster de origen.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="115" />
      <source>The Sentinel-2 raster the classification{} was made from: chips missing from the chips folder are rendered from it exactly as the classifier did.</source>
      <translation>El ráster Sentinel-2 del que se hizo la clasificación{}: los recortes que faltan en la carpeta de recortes se representan a partir de él exactamente como lo hizo el clasificador.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="127" />
      <source>Chips folder</source>
      <translation>Carpeta de recortes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="128" />
      <source>Source raster</source>
      <translation>Ráster de origen</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="132" />
      <source> of the {}</source>
      <translation> de {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="174" />
      <source>{} is not a readable image.</source>
      <translation>{} no es una imagen legible.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="177" />
      <source>Chip file {}, as the model saw it.</source>
      <translation>Archivo de recorte {}, tal como lo vio el modelo.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="189" />
      <source>no chip</source>
      <translation>sin recorte</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="210" />
      <source>The chip could not be rendered from {}: {}</source>
      <translation>No se pudo representar el recorte a partir de {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="212" />
      <source>no chip file in the chips folder</source>
      <translation>ningún archivo de recorte en la carpeta de recortes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="213" />
      <source>no chips folder</source>
      <translation>sin carpeta de recortes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="214" />
      <source>Rendered from the source raster {} ({}).</source>
      <translation>Representado a partir del ráster de origen {} ({}).</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="221" />
      <source>No chip file: choose the chips folder or the source raster{} under 'Chip source and reviewer'.</source>
      <translation>Sin archivo de recorte: elija la carpeta de recortes o el ráster de origen{} en 'Fuente de recortes y revisor'.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="238" />
      <source>The source raster cannot be used: {}</source>
      <translation>No se puede usar el ráster de origen: {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="264" />
      <source>Using {} (not a layer of the project).</source>
      <translation>Usando {} (no es una capa del proyecto).</translation>
    </message>
  </context>
  <context>
    <name>ClearingsDialog</name>
    <message>
      <location filename="../ui/clearings_dialog.py" line="46" />
      <source>Find new clearings</source>
      <translation>Buscar nuevos desmontes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="50" />
      <source>Fetches Sentinel-2 L2A of both date windows over the area (each 1 km tile from its clearest acquisition), classifies both, compares them and opens the review on the alerts. Every output is written into the project folder below.</source>
      <translation>Obtiene Sentinel-2 L2A de ambos periodos sobre el área (cada celda de 1 km de la adquisición más despejada sobre ella), clasifica ambos, los compara y abre la revisión en las alertas. Todos los resultados se escriben en la carpeta del proyecto de abajo.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="57" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="59" />
      <source>Before: from / to</source>
      <translation>Antes: desde / hasta</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="61" />
      <source>After: from / to</source>
      <translation>Después: desde / hasta</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="66" />
      <source>Maximum scene cloud</source>
      <translation>Nubes máximas de la escena</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="69" />
      <source>Project folder name</source>
      <translation>Nombre de la carpeta del proyecto</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="76" />
      <source>Count tiles with imagery</source>
      <translation>Contar celdas con imágenes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="88" />
      <source>Fetch and compare</source>
      <translation>Obtener y comparar</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="114" />
      <source>Outputs: {}</source>
      <translation>Resultados: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="126" />
      <source>{} tiles of 1 km in the area; classifying both dates takes at most {}. Count the tiles with imagery to know more.</source>
      <translation>{} celdas de 1 km en el área; clasificar ambas fechas lleva como máximo {}. Cuente las celdas con imágenes para saber más.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="141" />
      <source>The imagery cannot be counted: {}</source>
      <translation>No se pueden contar las imágenes: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="143" />
      <source>{} of the area's {} tiles of 1 km have imagery on both dates; classifying them takes about {}.</source>
      <translation>{} de las {} celdas de 1 km del área tienen imágenes en ambas fechas; clasificarlas lleva unos {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="156" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="157" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="159" />
      <source>{}: 'from' {} is after 'to' {}.</source>
      <translation>{}: 'desde' {} es posterior a 'hasta' {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="163" />
      <source>The Before window must end before the After window starts.</source>
      <translation>El periodo Antes debe terminar antes de que empiece el periodo Después.</translation>
    </message>
  </context>
  <context>
    <name>ClearingsFlow</name>
    <message>
      <location filename="../ui/clearings_flow.py" line="80" />
      <source>Cannot create the project folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>No se puede crear la carpeta del proyecto {}: {}. Elija otra carpeta de salida en la configuración del complemento.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="90" />
      <source>Finding new clearings over {} into {}</source>
      <translation>Buscando nuevos desmontes en {} hacia {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="103" />
      <location filename="../ui/clearings_flow.py" line="110" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="103" />
      <location filename="../ui/clearings_flow.py" line="110" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="106" />
      <source>fetching Sentinel-2 of {} ({} to {})</source>
      <translation>obteniendo Sentinel-2 de {} ({} a {})</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="112" />
      <source>classifying {}</source>
      <translation>clasificando {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="116" />
      <source>comparing the two dates</source>
      <translation>comparando las dos fechas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="134" />
      <source>Kept {} from the earlier run.</source>
      <translation>Se conserva {} de la ejecución anterior.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="138" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>El algoritmo {} no está registrado. Vuelva a activar el complemento en Complementos &gt; Administrar e instalar complementos.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="142" />
      <source>Find new clearings: {}</source>
      <translation>Buscar nuevos desmontes: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="154" />
      <source>Find new clearings '{}': step {} of 5, {} ({} %). Cancel is in the status bar.</source>
      <translation>Buscar nuevos desmontes '{}': paso {} de 5, {} ({} %). Cancelar está en la barra de estado.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="183" />
      <source>Cancelled while {}.</source>
      <translation>Cancelado durante: {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="185" />
      <source>see the Processing log</source>
      <translation>vea el registro de Procesos</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="186" />
      <source>Stopped while {}: {}</source>
      <translation>Detenido durante: {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="192" />
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="196" />
      <source>{} Resume continues in {}: what is written is kept.</source>
      <translation>{} Reanudar continúa en {}: lo ya escrito se conserva.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="208" />
      <source>Find new clearings '{}': {} alert tiles. Every output is in {}; the review is open on the alerts.</source>
      <translation>Buscar nuevos desmontes '{}': {} celdas con alerta. Todos los resultados están en {}; la revisión está abierta en las alertas.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Clearings</source>
      <translation>Desmontes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>Alert patches</source>
      <translation>Parches de alerta</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>After: tiles</source>
      <translation>Después: celdas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>Before: tiles</source>
      <translation>Antes: celdas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>After: image</source>
      <translation>Después: imagen</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="229" />
      <source>Before: image</source>
      <translation>Antes: imagen</translation>
    </message>
  </context>
  <context>
    <name>DecisionBar</name>
    <message>
      <location filename="../ui/decision_bar.py" line="29" />
      <source>Confirm</source>
      <translation>Confirmar</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="30" />
      <location filename="../ui/decision_bar.py" line="129" />
      <source>Confirm the model's label</source>
      <translation>Confirmar la etiqueta del modelo</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="33" />
      <source>Correct to:</source>
      <translation>Corregir a:</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Forest</source>
      <translation>Bosque</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Cleared</source>
      <translation>Talado</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="37" />
      <source>Non-forest</source>
      <translation>No bosque</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="41" />
      <source>Correct the label to {}</source>
      <translation>Corregir la etiqueta a {}</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="47" />
      <source>Unclear</source>
      <translation>Dudoso</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="48" />
      <source>Mark the tile as unclear: cannot tell from the imagery</source>
      <translation>Marcar la tesela como dudosa: no se puede saber por las imágenes</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="53" />
      <location filename="../ui/decision_bar.py" line="123" />
      <source>Comment ({}; Enter saves)</source>
      <translation>Comentario ({}; Intro guarda)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="55" />
      <source>A comment on this tile ({}). Saved with the next decision, on Enter, or when you move to another tile. Esc returns to the review keys.</source>
      <translation>Un comentario sobre esta tesela ({}). Se guarda con la siguiente decisión, al pulsar Intro o al pasar a otra tesela. Esc vuelve a las teclas de revisión.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="61" />
      <source>Previous</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="62" />
      <source>Previous tile</source>
      <translation>Tesela anterior</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next tile</source>
      <translation>Tesela siguiente</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="70" />
      <source>On the map, a tile's fill is its class: the reviewed label once reviewed, else the model's. Its outline tells the review: {}; thin grey = not reviewed yet.</source>
      <translation>En el mapa, el relleno de una tesela es su clase: la etiqueta revisada una vez revisada, si no la del modelo. Su contorno indica la revisión: {}; gris fino = aún no revisada.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="81" />
      <source>Reason:</source>
      <translation>Motivo:</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="84" />
      <source>(none given)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="87" />
      <source>Why the model is wrong or the tile unclear: chosen before a correction (or with its key), saved with it; on a tile already corrected it is saved at once.</source>
      <translation>Por qué el modelo se equivoca o el tile es incierto: se elige antes de una corrección (o con su tecla) y se guarda con ella; en un tile ya corregido se guarda al instante.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="96" />
      <source>Agree</source>
      <translation>De acuerdo</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="97" />
      <source>The decision is right</source>
      <translation>La decisión es correcta</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="98" />
      <source>Disagree</source>
      <translation>En desacuerdo</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="99" />
      <source>The decision is wrong (say why in the comment)</source>
      <translation>La decisión es incorrecta (diga por qué en el comentario)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="122" />
      <source>Audit note ({}; Enter saves)</source>
      <translation>Nota de auditoría ({}; Enter guarda)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="128" />
      <source>The alert is real: confirm the later date's label</source>
      <translation>La alerta es real: confirmar la etiqueta de la fecha posterior</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="143" />
      <source>Confirm  [{}]</source>
      <translation>Confirmar  [{}]</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="146" />
      <source>Confirm alert: {}  [{}]</source>
      <translation>Confirmar alerta: {}  [{}]</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="147" />
      <source>Confirm: {}  [{}]</source>
      <translation>Confirmar: {}  [{}]</translation>
    </message>
  </context>
  <context>
    <name>DeforestationClassifierPlugin</name>
    <message>
      <location filename="../plugin.py" line="57" />
      <location filename="../plugin.py" line="74" />
      <source>Deforestation Classifier</source>
      <translation>Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Clasificar deforestación (teselas de 1 km)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation in 1 km tiles
Classifies the active Sentinel-2 raster layer within the current map view into 1 km tiles: standing forest, recently cleared, long-term non-forest.</source>
      <translation>Clasificar deforestación en teselas de 1 km
Clasifica la capa ráster Sentinel-2 activa dentro de la vista actual del mapa en teselas de 1 km: bosque en pie, talado recientemente, no bosque de largo plazo.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles</source>
      <translation>Revisar teselas de deforestación</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles
Opens the review panel on the active classification layer: confirm or correct each tile's label, starting with the likeliest recent clearings. On a comparison of two dates: its alerts, patch by patch, before and after side by side.</source>
      <translation>Revisar teselas de deforestación
Abre el panel de revisión en la capa de clasificación activa: confirme o corrija la etiqueta de cada tesela, empezando por las talas recientes más probables. En una comparación de dos fechas: sus alertas, parche por parche, antes y después lado a lado.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it</source>
      <translation>Mostrar el ráster como lo ve el modelo</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it
Styles the active Sentinel-2 raster in false colour: red = B08 (near infrared), green = B04, blue = B03, each from DN 0 to 3000, as the model's chips.</source>
      <translation>Mostrar el ráster como lo ve el modelo
Aplica al ráster Sentinel-2 activo un estilo en falso color: rojo = B08 (infrarrojo cercano), verde = B04, azul = B03, cada uno de DN 0 a 3000, como los recortes del modelo.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Clasificar esta área a partir de Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2
Fetches the least cloudy Sentinel-2 L2A acquisition of the map view from Earth Search (the model's training source), adds it styled as the model sees it and classifies it.</source>
      <translation>Clasificar esta área a partir de Sentinel-2
Descarga de Earth Search (la fuente de entrenamiento del modelo) la adquisición Sentinel-2 L2A menos nublada de la vista del mapa, la añade con el estilo con que la ve el modelo y la clasifica.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings</source>
      <translation>Buscar nuevos desmontes</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings
Fetches Sentinel-2 of two date windows over an area (the map view, a rectangle drawn or a polygon layer), classifies both, compares them and opens the review on the alerts. Every output is written into a named project folder.</source>
      <translation>Buscar nuevos desmontes
Obtiene Sentinel-2 de dos periodos sobre un área (la vista del mapa, un rectángulo dibujado o una capa de polígonos), clasifica ambos, los compara y abre la revisión en las alertas. Todos los resultados se escriben en una carpeta de proyecto con nombre.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="135" />
      <source>Settings...</source>
      <translation>Configuración...</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="137" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
  </context>
  <context>
    <name>DeforestationDiagnostics</name>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="27" />
      <source>Copy diagnostics</source>
      <translation>Copiar diagnóstico</translation>
    </message>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="29" />
      <source>Copies a report to paste when something goes wrong: versions, backend and devices, model files with their SHA-256, settings and the last run's log. Your home folder and user name are replaced and API keys are left out.</source>
      <translation>Copia un informe para pegar cuando algo falla: versiones, backend y dispositivos, archivos del modelo con su SHA-256, configuración y el registro de la última ejecución. Su carpeta personal y su nombre de usuario se sustituyen y las claves de API se omiten.</translation>
    </message>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="36" />
      <source>Diagnostics copied</source>
      <translation>Diagnóstico copiado</translation>
    </message>
  </context>
  <context>
    <name>DeforestationProvider</name>
    <message>
      <location filename="../processing_provider/provider.py" line="24" />
      <source>Deforestation Classifier</source>
      <translation>Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="27" />
      <source>Deforestation Classifier (Sentinel-2, LFM2.5-VL)</source>
      <translation>Clasificador de Deforestación (Sentinel-2, LFM2.5-VL)</translation>
    </message>
  </context>
  <context>
    <name>DeforestationSettingsPage</name>
    <message>
      <location filename="../ui/settings_page.py" line="62" />
      <source>Deforestation Classifier</source>
      <translation>Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="89" />
      <location filename="../ui/settings_page.py" line="96" />
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="93" />
      <source>Model card: {} (downloaded on first use)</source>
      <translation>Ficha del modelo: {} (se descarga en el primer uso)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="95" />
      <source>Custom GGUF pair</source>
      <translation>Par GGUF personalizado</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="100" />
      <source>Model folder (download cache)</source>
      <translation>Carpeta del modelo (caché de descarga)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="103" />
      <location filename="../ui/settings_page.py" line="107" />
      <source>GGUF files (*.gguf)</source>
      <translation>Archivos GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="104" />
      <source>Text model (GGUF)</source>
      <translation>Modelo de texto (GGUF)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="108" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Proyector de visión (mmproj GGUF)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="110" />
      <source>Download the model card's files when they are missing (toolbar, Processing, qgis_process)</source>
      <translation>Descargar los archivos de la ficha del modelo cuando falten (barra de herramientas, Procesos, qgis_process)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="119" />
      <source>Check files</source>
      <translation>Comprobar archivos</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="122" />
      <source>Download model...</source>
      <translation>Descargar modelo...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="126" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="127" />
      <source>Licence of the model card's weights: {}</source>
      <translation>Licencia de los pesos de la ficha del modelo: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="135" />
      <source>Toolbar output folder</source>
      <translation>Carpeta de salida de la barra de herramientas</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="142" />
      <source>Inference</source>
      <translation>Inferencia</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="146" />
      <source>Embedded llama.cpp (llama-cpp-python, in QGIS)</source>
      <translation>llama.cpp integrado (llama-cpp-python, en QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="148" />
      <source>OpenAI-compatible server (llama-server, ...)</source>
      <translation>Servidor compatible con OpenAI (llama-server, ...)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="149" />
      <source>Local llama-server started by the plugin (GPU, no compiler)</source>
      <translation>llama-server local iniciado por el complemento (GPU, sin compilador)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="151" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="154" />
      <source>The llama-server executable of a llama.cpp release (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon). Empty: llama-server on PATH.</source>
      <translation>El ejecutable llama-server de una versión de llama.cpp (Vulkan para GPU AMD/Intel, CUDA para NVIDIA, Metal en Apple silicon). Vacío: el llama-server del PATH.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="158" />
      <source>llama-server executable</source>
      <translation>Ejecutable llama-server</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="166" />
      <source>Server URL</source>
      <translation>URL del servidor</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="171" />
      <source>API key (QGIS authentication)</source>
      <translation>Clave de API (autenticación de QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="175" />
      <source>automatic ({})</source>
      <translation>automático ({})</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="176" />
      <source>CPU threads</source>
      <translation>Hilos de CPU</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="180" />
      <location filename="../ui/settings_page.py" line="364" />
      <source>all</source>
      <translation>todos</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="181" />
      <source>Layers offloaded to the GPU: 0 = CPU only, -1 = all. Needs a GPU build of llama-cpp-python.</source>
      <translation>Capas descargadas en la GPU: 0 = solo CPU, -1 = todas. Requiere una compilación de llama-cpp-python con GPU.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="186" />
      <source>automatic (the faster of CPU and GPU, measured)</source>
      <translation>automático (el más rápido entre CPU y GPU, medido)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="192" />
      <source>GPU offload (layers)</source>
      <translation>Descarga en la GPU (capas)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="196" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="200" />
      <source>Tiles sent to each server at the same time (a pool of several URLs: to each of them).</source>
      <translation>Teselas enviadas a cada servidor al mismo tiempo (en un grupo de varias URL: a cada una de ellas).</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="202" />
      <source>Requests in flight</source>
      <translation>Peticiones simultáneas</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="208" />
      <source>Sentinel-2 imagery</source>
      <translation>Imágenes Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="213" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="217" />
      <source>Collections (comma-separated)</source>
      <translation>Colecciones (separadas por comas)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="221" />
      <source>Dependencies</source>
      <translation>Dependencias</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="227" />
      <source>Install dependencies...</source>
      <translation>Instalar dependencias...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="273" />
      <source>Environment variables override these settings now: {}</source>
      <translation>Las variables de entorno anulan ahora estos ajustes: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="309" />
      <source>The custom model pair was saved but cannot be used: {}</source>
      <translation>El par de modelo personalizado se guardó pero no se puede usar: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="334" />
      <source>{} Folder: {}</source>
      <translation>{} Carpeta: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="342" />
      <source>Not needed for the server backend.</source>
      <translation>No es necesario para el backend de servidor.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="347" />
      <source>llama-cpp-python {} is available.</source>
      <translation>llama-cpp-python {} está disponible.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="348" />
      <source>Missing: {}.</source>
      <translation>Falta: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="376" />
      <source>CPU only (this llama.cpp build has no GPU backend)</source>
      <translation>Solo CPU (esta compilación de llama.cpp no tiene backend de GPU)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="378" />
      <source>CPU only (this llama.cpp build found no usable GPU device)</source>
      <translation>Solo CPU (esta compilación de llama.cpp no encontró ninguna GPU utilizable)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="380" />
      <source>CPU only (llama-cpp-python is not installed)</source>
      <translation>Solo CPU (llama-cpp-python no está instalado)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="388" />
      <source>CPU: {}.</source>
      <translation>CPU: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="390" />
      <source>Last measurement: {}.</source>
      <translation>Última medición: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="392" />
      <source>Not measured yet: the first run with GPU offload automatic times a few chips on the CPU and on the GPU and keeps the faster.</source>
      <translation>Aún no medido: la primera ejecución con descarga en la GPU automática cronometra unos recortes en la CPU y en la GPU y se queda con el más rápido.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="402" />
      <source>Found: {}</source>
      <translation>Encontrado: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="403" />
      <source>No llama-server found: download a llama.cpp release for this system and choose its llama-server here, or put it on PATH.</source>
      <translation>No se encontró llama-server: descargue una versión de llama.cpp para este sistema y elija aquí su llama-server, o póngalo en el PATH.</translation>
    </message>
  </context>
  <context>
    <name>DependenciesDialog</name>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="50" />
      <source>Installing llama-cpp-python for the Deforestation Classifier</source>
      <translation>Instalando llama-cpp-python para el Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="75" />
      <source>Unexpected error: {}</source>
      <translation>Error inesperado: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="92" />
      <source>Deforestation Classifier: install dependencies</source>
      <translation>Clasificador de Deforestación: instalar dependencias</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="106" />
      <source>llama-cpp-python {} is installed ({}).</source>
      <translation>llama-cpp-python {} está instalado ({}).</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="108" />
      <source>&lt;b&gt;Missing:&lt;/b&gt; {reason}. The classifier runs the model with {pin}; it will be installed for this plugin only, into the folder below, without touching QGIS's own packages.</source>
      <translation>&lt;b&gt;Falta:&lt;/b&gt; {reason}. El clasificador ejecuta el modelo con {pin}; se instalará solo para este complemento, en la carpeta de abajo, sin tocar los paquetes propios de QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="126" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="130" />
      <source>Detected: {}. Proposed: {}.</source>
      <translation>Detectado: {}. Propuesto: {}.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="135" />
      <source>Prebuilt wheel index</source>
      <translation>Índice de wheels precompiladas</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="142" />
      <source>unavailable: {}</source>
      <translation>no disponible: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="143" />
      <source>Install into</source>
      <translation>Instalar en</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="156" />
      <source>Install</source>
      <translation>Instalar</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="161" />
      <source>Install from an offline bundle...</source>
      <translation>Instalar desde un paquete sin conexión...</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="163" />
      <source>A folder written by `make offline-bundle` (a USB stick): installs its wheels for this system with no network and copies its model files into the model folder.</source>
      <translation>Una carpeta escrita por `make offline-bundle` (una memoria USB): instala sus wheels para este sistema sin red y copia sus archivos de modelo en la carpeta de modelos.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="181" />
      <source>none (source build)</source>
      <translation>ninguno (compilación desde el código fuente)</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="182" />
      <source>default: {}</source>
      <translation>por defecto: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="215" />
      <source>Installing... a source build can take several minutes.</source>
      <translation>Instalando... una compilación desde el código fuente puede tardar varios minutos.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="221" />
      <source>Offline bundle folder</source>
      <translation>Carpeta del paquete sin conexión</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="243" />
      <source>Installed ({}). The classifier can run now.</source>
      <translation>Instalado ({}). El clasificador ya puede ejecutarse.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="245" />
      <source>llama-cpp-python installed: {}</source>
      <translation>llama-cpp-python instalado: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="252" />
      <source>cancelled</source>
      <translation>cancelado</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="253" />
      <source>Installation failed: {}</source>
      <translation>La instalación falló: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="255" />
      <source>Installing llama-cpp-python failed: {}
{}</source>
      <translation>La instalación de llama-cpp-python falló: {}
{}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="271" />
      <source>{}. The classifier cannot run until it is installed.</source>
      <translation>{}. El clasificador no puede ejecutarse hasta que se instale.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="319" />
      <source>Install dependencies...</source>
      <translation>Instalar dependencias...</translation>
    </message>
  </context>
  <context>
    <name>DialogWords</name>
    <message>
      <location filename="../ui/dialog_words.py" line="16" />
      <source>the STAC API setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>la configuración de la API STAC (Configuración &gt; Opciones &gt; Deforestation Classifier)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="18" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="19" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="20" />
      <source>Maximum scene cloud</source>
      <translation>Nubes máximas de la escena</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="22" />
      <source>the collections setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>la configuración de las colecciones (Configuración &gt; Opciones &gt; Deforestation Classifier)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="24" />
      <source>the area</source>
      <translation>el área</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="25" />
      <source>tile by tile</source>
      <translation>celda por celda</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="26" />
      <source>the tile limit</source>
      <translation>el límite de celdas</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaDialog</name>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="29" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Clasificar esta área a partir de Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="32" />
      <source>The area is classified from Sentinel-2 L2A of the dates below (Earth Search, the model's training source), each 1 km tile from the acquisition clearest over it, streamed: only the area's pixels are read. The maximum scene cloud applies when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE off).</source>
      <translation>El área se clasifica a partir de Sentinel-2 L2A de las fechas de abajo (Earth Search, la fuente de entrenamiento del modelo), cada celda de 1 km de la adquisición más despejada sobre ella, en streaming: solo se leen los píxeles del área. La nubosidad máxima de escena se aplica cuando se toma una sola adquisición para toda el área (fetch_sentinel2 con PER_TILE desactivado).</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="43" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="53" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="54" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="55" />
      <source>Maximum scene cloud</source>
      <translation>Nubes máximas de la escena</translation>
    </message>
    <message>
      <source>The map view is classified from Sentinel-2 L2A of the dates below (Earth Search, the model's training source), each 1 km tile from the acquisition clearest over it, streamed: only the area's pixels are read. The maximum scene cloud applies when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE off).</source>
      <translation type="vanished">La vista del mapa se clasifica con Sentinel-2 L2A de las fechas de abajo (Earth Search, la fuente de entrenamiento del modelo), cada tesela de 1 km a partir de la adquisición más despejada sobre ella, en streaming: solo se leen los píxeles del área. La nubosidad máxima de la escena se aplica cuando se toma una única adquisición para toda el área (fetch_sentinel2 con PER_TILE desactivado).</translation>
    </message>
    <message>
      <source>The map view is classified from the least cloudy Sentinel-2 L2A acquisition of the dates below (Earth Search, the model's training source), streamed: only the area's pixels are read.</source>
      <translation type="vanished">La vista del mapa se clasifica a partir de la adquisición Sentinel-2 L2A menos nublada de las fechas de abajo (Earth Search, la fuente de entrenamiento del modelo), en streaming: solo se leen los píxeles del área.</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaFlow</name>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="49" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>El algoritmo {} no está registrado. Vuelva a activar el complemento en Complementos &gt; Administrar e instalar complementos.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="67" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>No se puede crear la carpeta de salida {}: {}. Elija otra carpeta de salida en los ajustes del complemento.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="83" />
      <source>Deforestation Classifier: fetching Sentinel-2</source>
      <translation>Clasificador de Deforestación: descargando Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="89" />
      <source>Fetching Sentinel-2 L2A {} to {} over {} into {}</source>
      <translation>Obteniendo Sentinel-2 L2A de {} a {} sobre {} en {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="92" />
      <source>Searching Sentinel-2 L2A from {} to {} (at most {} % cloud); cancel in the status bar.</source>
      <translation>Buscando Sentinel-2 L2A de {} a {} (como máximo {} % de nubes); cancele en la barra de estado.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="108" />
      <source>Sentinel-2 fetch cancelled.</source>
      <translation>Descarga de Sentinel-2 cancelada.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="110" />
      <source>The Sentinel-2 fetch failed; see the Processing log.</source>
      <translation>La descarga de Sentinel-2 falló; vea el registro de Procesos.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="117" />
      <source>Sentinel-2 {}</source>
      <translation>Sentinel-2 {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="119" />
      <source>The fetched scene {} cannot be opened.</source>
      <translation>No se puede abrir la escena descargada {}.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="129" />
      <source>Fetched {} ({})</source>
      <translation>Descargado {} ({})</translation>
    </message>
    <message>
      <source>Fetching Sentinel-2 L2A {} to {} over the map view into {}</source>
      <translation type="vanished">Descargando Sentinel-2 L2A de {} a {} sobre la vista del mapa en {}</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <location filename="../ui/model_download.py" line="56" />
      <source>Downloading the deforestation model</source>
      <translation>Descargando el modelo de deforestación</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="75" />
      <source>Unexpected error during the download: {}</source>
      <translation>Error inesperado durante la descarga: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="99" />
      <source>Deforestation Classifier: download the model</source>
      <translation>Clasificador de Deforestación: descargar el modelo</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="111" />
      <source>&lt;p&gt;The classifier needs the model's two GGUF files, which are not on this computer yet:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; from &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), into &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence} By downloading you accept its terms.&lt;/p&gt;</source>
      <translation>&lt;p&gt;El clasificador necesita los dos archivos GGUF del modelo, que aún no están en este ordenador:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; desde &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), en &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencia:&lt;/b&gt; {licence} Al descargar acepta sus términos.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="133" />
      <source>Download</source>
      <translation>Descargar</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="136" />
      <source>Use files already on this computer...</source>
      <translation>Usar archivos que ya están en este ordenador...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="138" />
      <source>Choose the text model GGUF and its mmproj vision projector (downloaded another way, or copied from another computer); they are checked, then used.</source>
      <translation>Elija el GGUF del modelo de texto y su proyector de visión mmproj (descargados de otra forma, o copiados de otro ordenador); se comprueban y luego se usan.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="142" />
      <source>Use an offline bundle...</source>
      <translation>Usar un paquete sin conexión...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="144" />
      <source>A folder written by `make offline-bundle` (on a USB stick, for instance): its model files are checked against the SHA-256 in its bundle.json and copied into the model folder. No network is needed.</source>
      <translation>Una carpeta escrita por `make offline-bundle` (en una memoria USB, por ejemplo): sus archivos de modelo se comprueban con el SHA-256 de su bundle.json y se copian en la carpeta del modelo. No hace falta red.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="157" />
      <source>{} is set (offline mode): downloads are disabled. Unset it, use files already on this computer, or use an offline bundle written by `make offline-bundle`.</source>
      <translation>{} está definido (modo sin conexión): las descargas están desactivadas. Quítelo, use archivos que ya están en este ordenador o use un paquete sin conexión escrito por `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="178" />
      <source>Downloading... (resumes where it stopped if interrupted)</source>
      <translation>Descargando... (se reanuda donde se quedó si se interrumpe)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="196" />
      <source>The text model (GGUF), e.g. {}</source>
      <translation>El modelo de texto (GGUF), p. ej. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="197" />
      <location filename="../ui/model_download.py" line="202" />
      <source>GGUF model (*.gguf)</source>
      <translation>Modelo GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="201" />
      <source>Its vision projector (mmproj GGUF), e.g. {}</source>
      <translation>Su proyector de visión (mmproj GGUF), p. ej. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="212" />
      <source>These files cannot be used: {}</source>
      <translation>Estos archivos no se pueden usar: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="217" />
      <source>Model files on this computer used: {} and {}</source>
      <translation>Archivos del modelo en este ordenador usados: {} y {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="230" />
      <source>Offline bundle folder</source>
      <translation>Carpeta del paquete sin conexión</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="239" />
      <source>Checking and copying the model files of the offline bundle...</source>
      <translation>Comprobando y copiando los archivos de modelo del paquete sin conexión...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="255" />
      <source>Copied from the offline bundle and verified.</source>
      <translation>Copiado del paquete sin conexión y verificado.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="256" />
      <source>Model files copied from the offline bundle {} into {} and verified</source>
      <translation>Archivos del modelo copiados del paquete sin conexión {} a {} y verificados</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="270" />
      <source>Cancelled. The model files copied whole are kept; none is left half copied.</source>
      <translation>Cancelado. Los archivos de modelo copiados enteros se conservan; ninguno queda copiado a medias.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="273" />
      <source>The offline bundle cannot be used: {}</source>
      <translation>El paquete sin conexión no se puede usar: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="283" />
      <source>Downloaded and verified.</source>
      <translation>Descargado y verificado.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="284" />
      <source>Model files downloaded and verified in {}</source>
      <translation>Archivos del modelo descargados y verificados en {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="292" />
      <source>Try again</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="294" />
      <source>Cancelled. What was already downloaded is kept (the next download resumes there); nothing is kept when nothing came.</source>
      <translation>Cancelado. Lo ya descargado se conserva (la próxima descarga se reanuda ahí); no se conserva nada cuando no llegó nada.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="297" />
      <source>unknown error</source>
      <translation>error desconocido</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="298" />
      <source>Download failed: {}</source>
      <translation>La descarga falló: {}</translation>
    </message>
    <message>
      <source>{} is set (offline mode): downloads are disabled. Unset it, or use files already on this computer.</source>
      <translation type="vanished">{} está definido (modo sin conexión): las descargas están desactivadas. Quítelo, o use archivos que ya están en este ordenador.</translation>
    </message>
  </context>
  <context>
    <name>QueueFilterBar</name>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="40" />
      <source>Queue</source>
      <translation>Cola</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Recently cleared</source>
      <translation>Talado recientemente</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Standing forest</source>
      <translation>Bosque en pie</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>Long-term non-forest</source>
      <translation>No bosque de largo plazo</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>All classes</source>
      <translation>Todas las clases</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="46" />
      <source>Which tiles to review: one class as the model labelled it, or all classified tiles. Ordered by that class's probability, highest first (tile order when the layer has no probabilities).</source>
      <translation>Qué teselas revisar: una clase tal como la etiquetó el modelo, o todas las teselas clasificadas. Ordenadas por la probabilidad de esa clase, la más alta primero (orden de teselas cuando la capa no tiene probabilidades).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="52" />
      <source>Only confidence below</source>
      <translation>Solo confianza por debajo de</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="82" />
      <source>Unavailable: this layer has no confidence values (the inference path gave labels only).</source>
      <translation>No disponible: esta capa no tiene valores de confianza (la vía de inferencia dio solo etiquetas).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="85" />
      <source>Low-confidence filter unavailable: the layer has no confidence values.</source>
      <translation>Filtro de baja confianza no disponible: la capa no tiene valores de confianza.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="88" />
      <source>Only tiles whose confidence (the probability of the model's label) is below the threshold.</source>
      <translation>Solo teselas cuya confianza (la probabilidad de la etiqueta del modelo) está por debajo del umbral.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="92" />
      <source>No probabilities in this layer: tiles are in tile order.</source>
      <translation>Sin probabilidades en esta capa: las teselas están en orden de tesela.</translation>
    </message>
  </context>
  <context>
    <name>RelabelRun</name>
    <message>
      <location filename="../ui/relabel_run.py" line="50" />
      <source>{} exists and is not overwritten: choose another file.</source>
      <translation>{} existe y no se sobrescribe: elija otro archivo.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="56" />
      <source>Cannot create the folder {}: {}</source>
      <translation>No se puede crear la carpeta {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="61" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>El algoritmo {} no está registrado. Vuelva a activar el complemento en Complementos &gt; Administrar e instalar complementos.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="69" />
      <source>Relabel {} at {:.2f}</source>
      <translation>Reetiquetar {} a {:.2f}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="77" />
      <source>Relabelling '{}' at RC_THRESHOLD {:.2f} into {}</source>
      <translation>Reetiquetando '{}' con RC_THRESHOLD {:.2f} en {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="119" />
      <source>The result {} could not be loaded.</source>
      <translation>No se pudo cargar el resultado {}.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="124" />
      <source>{} tiles newly RECENTLY_CLEARED ({} in all), {} labels changed. Layer '{}' added.</source>
      <translation>{} teselas nuevas en RECENTLY_CLEARED ({} en total), {} etiquetas cambiaron. Capa '{}' añadida.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="132" />
      <source>Relabelling failed. Processing log:
{}</source>
      <translation>El reetiquetado falló. Registro de Procesos:
{}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="134" />
      <location filename="../ui/relabel_run.py" line="135" />
      <source>unknown error</source>
      <translation>error desconocido</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="136" />
      <source>Relabelling failed: {}</source>
      <translation>El reetiquetado falló: {}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <location filename="../ui/review_dock.py" line="65" />
      <source>Review deforestation tiles</source>
      <translation>Revisar teselas de deforestación</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="88" />
      <source>Layer: &lt;b&gt;{}&lt;/b&gt;</source>
      <translation>Capa: &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="94" />
      <source>'{}' is a temporary layer: decisions are lost when QGIS closes unless you save it.</source>
      <translation>'{}' es una capa temporal: las decisiones se pierden al cerrar QGIS salvo que la guarde.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="98" />
      <source>'{}' is in QGIS's temporary Processing folder ({}), which QGIS deletes when it closes: review decisions saved there would be lost. Save the layer elsewhere first (right-click &gt; Export &gt; Save Features As...) and review the copy.</source>
      <translation>'{}' está en la carpeta temporal de Procesos de QGIS ({}), que QGIS borra al cerrarse: las decisiones de revisión guardadas ahí se perderían. Guarde antes la capa en otro lugar (clic derecho &gt; Exportar &gt; Guardar objetos como...) y revise la copia.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="197" />
      <location filename="../ui/review_dock.py" line="407" />
      <source>No layer</source>
      <translation>Ninguna capa</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="229" />
      <source>Queue: the alert tiles, patch by patch (the largest patch first), the most probable first within a patch.</source>
      <translation>Cola: las teselas de alerta, parche por parche (el parche mayor primero), la más probable primero dentro de un parche.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="274" />
      <source>Audit mode: a second look at reviewed tiles</source>
      <translation>Modo auditoría: segunda revisión de los tiles revisados</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="282" />
      <source>Chip source and reviewer</source>
      <translation>Fuente de recortes y revisor</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="296" />
      <source>Written to the reviewer field; remembered.</source>
      <translation>Se escribe en el campo reviewer; se recuerda.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="299" />
      <source>Reviewer</source>
      <translation>Revisor</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="409" />
      <source>No tiles match the queue filter</source>
      <translation>Ninguna tesela coincide con el filtro de la cola</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="412" />
      <source>Tile {} of {}</source>
      <translation>Tesela {} de {}</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="415" />
      <source>No tile</source>
      <translation>Ninguna tesela</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="441" />
      <source>The reviewed layer was removed.</source>
      <translation>Se eliminó la capa revisada.</translation>
    </message>
  </context>
  <context>
    <name>TileDetails</name>
    <message>
      <location filename="../ui/tile_details.py" line="14" />
      <source>no class</source>
      <translation>sin clase</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CONFIRMED</source>
      <translation>CONFIRMADA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CORRECTED</source>
      <translation>CORREGIDA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>UNCLEAR</source>
      <translation>DUDOSA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>CLASSIFIED</source>
      <translation>CLASIFICADA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>NO_DATA</source>
      <translation>SIN DATOS</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>INSUFFICIENT_DATA</source>
      <translation>DATOS INSUFICIENTES</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>CLOUDY</source>
      <translation>NUBOSA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>ERROR</source>
      <translation>ERROR</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="34" />
      <source>not reviewed</source>
      <translation>no revisada</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="38" />
      <source> as {}</source>
      <translation> como {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="40" />
      <source> by {}</source>
      <translation> por {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="48" />
      <source>Audit: {}</source>
      <translation>Auditoría: {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="53" />
      <source>not computed</source>
      <translation>no calculado</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="66" />
      <source>Model says</source>
      <translation>El modelo dice</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="67" />
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="70" />
      <source>P({})</source>
      <translation>P({})</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="73" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="76" />
      <source>Review</source>
      <translation>Revisión</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="85" />
      <source>, {:.0%} valid data</source>
      <translation>, {:.0%} de datos válidos</translation>
    </message>
  </context>
  <context>
    <name>ToolbarFlow</name>
    <message>
      <location filename="../ui/toolbar_flow.py" line="109" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>El algoritmo {} no está registrado. Vuelva a activar el complemento en Complementos &gt; Administrar e instalar complementos.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="116" />
      <source>The area covers {} tiles of 1 km of '{}'. Classifying them takes {} (less with a GPU). Continue?</source>
      <translation>El área cubre {} celdas de 1 km de '{}'. Clasificarlas lleva {} (menos con una GPU). ¿Continuar?</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="133" />
      <source>Cannot show the layer as the model sees it: {}</source>
      <translation>No se puede mostrar la capa como la ve el modelo: {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="138" />
      <source>'{}' is shown as the model sees it: red = band {} (B08, near infrared), green = band {} (B04), blue = band {} (B03), each from DN 0 to 3000. Forest is red, bare soil and clearings green-blue to grey.</source>
      <translation>'{}' se muestra como la ve el modelo: rojo = banda {} (B08, infrarrojo cercano), verde = banda {} (B04), azul = banda {} (B03), cada una de DN 0 a 3000. El bosque se ve rojo; el suelo desnudo y las talas, de verde azulado a gris.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="163" />
      <source>Deforestation Classifier</source>
      <translation>Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="184" />
      <source>Select a Sentinel-2 raster layer in the Layers panel, zoom to the area to classify and click the button again. With no raster, 'Classify this area from Sentinel-2' streams one for the map extent.</source>
      <translation>Seleccione una capa ráster Sentinel-2 en el panel Capas, acérquese al área a clasificar y pulse el botón de nuevo. Sin ráster, 'Clasificar esta área a partir de Sentinel-2' obtiene uno para la extensión del mapa.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="192" />
      <source>The layer '{}' is a web or database raster; the classifier reads raster files (GeoTIFF, VRT, SENTINEL2 product). Select a Sentinel-2 raster file layer in the Layers panel and click again.</source>
      <translation>La capa '{}' es un ráster web o de base de datos; el clasificador lee archivos ráster (GeoTIFF, VRT, producto SENTINEL2). Seleccione una capa de archivo ráster Sentinel-2 en el panel Capas y pulse de nuevo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="200" />
      <source>The map view does not show the layer '{}'. Zoom to the area to classify (only tiles inside the view are processed) and click again.</source>
      <translation>La vista del mapa no muestra la capa '{}'. Acérquese al área a clasificar (solo se procesan las teselas dentro de la vista) y pulse de nuevo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="203" />
      <source>The area chosen does not overlap the layer '{}'. Choose an area over it and run again.</source>
      <translation>El área elegida no se superpone a la capa '{}'. Elija un área sobre ella y ejecute de nuevo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="232" />
      <source>Model file(s) not found: {}; the download dialog is open (about {:.0f} MB).</source>
      <translation>Archivo(s) del modelo no encontrado(s): {}; el diálogo de descarga está abierto (unos {:.0f} MB).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="237" />
      <source>Model file(s) not found: {}. Put the model card's two GGUF files (text model and mmproj vision projector) there, or set their paths in the plugin settings, then click again.</source>
      <translation>Archivo(s) del modelo no encontrado(s): {}. Ponga ahí los dos archivos GGUF de la ficha del modelo (modelo de texto y proyector de visión mmproj), o defina sus rutas en los ajustes del complemento, y pulse de nuevo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="251" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>No se puede crear la carpeta de salida {}: {}. Elija otra carpeta de salida en los ajustes del complemento.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="293" />
      <source>Deforestation Classifier: {}</source>
      <translation>Clasificador de Deforestación: {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="306" />
      <source>Classifying {} within {} into {}</source>
      <translation>Clasificando {} dentro de {} en {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the map view</source>
      <translation>la vista del mapa</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the area</source>
      <translation>el área</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="311" />
      <source>Classifying '{}': {} tiles of 1 km, loading the model. Cancel is in the status bar (the task's progress).</source>
      <translation>Clasificando '{}': {} teselas de 1 km, cargando el modelo. Cancelar está en la barra de estado (el progreso de la tarea).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="330" />
      <source>Classifying '{}': {}. Cancel is in the status bar.</source>
      <translation>Clasificando '{}': {}. Cancelar está en la barra de estado.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="376" />
      <source>{} tiles classified ({}). Layer '{}' added at the top of the Layers panel, in the group '{}'.</source>
      <translation>{} teselas clasificadas ({}). Capa '{}' añadida arriba del panel Capas, en el grupo '{}'.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="389" />
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="394" />
      <source>Cancelled. {} tiles were done{}. Resume classifies the rest into the same file.</source>
      <translation>Cancelado. Se hicieron {} celdas{}. Reanudar clasifica el resto en el mismo archivo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="396" />
      <source> and are shown</source>
      <translation> y se muestran</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="403" />
      <source>The result {} could not be loaded.</source>
      <translation>No se pudo cargar el resultado {}.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="417" />
      <source>Classification failed. Processing log:
{}</source>
      <translation>La clasificación falló. Registro de Procesos:
{}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="419" />
      <source>unknown error</source>
      <translation>error desconocido</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="421" />
      <source>Classification failed: {} See the Log Messages panel (Deforestation Classifier and Processing tabs) for details.</source>
      <translation>La clasificación falló: {} Vea el panel Mensajes de registro (pestañas Deforestation Classifier y Processing) para más detalles.</translation>
    </message>
    <message>
      <source>Cancelled. {} tiles were done{}.</source>
      <translation type="vanished">Cancelado. {} teselas estaban terminadas{}.</translation>
    </message>
    <message>
      <source>Classifying {} within the map view into {}</source>
      <translation type="vanished">Clasificando {} dentro de la vista del mapa en {}</translation>
    </message>
    <message>
      <source>The map view covers {} tiles of 1 km of '{}'. Classifying them takes {} (less with a GPU). Continue?</source>
      <translation type="vanished">La vista del mapa cubre {} teselas de 1 km de '{}'. Clasificarlas lleva {} (menos con una GPU). ¿Continuar?</translation>
    </message>
    <message>
      <source>The map view covers {} tiles of 1 km of '{}'. Classifying them takes {} on a 2-core CPU (less with a GPU). Continue?</source>
      <translation type="vanished">La vista del mapa cubre {} teselas de 1 km de '{}'. Clasificarlas lleva {} en una CPU de 2 núcleos (menos con una GPU). ¿Continuar?</translation>
    </message>
  </context>
  <context>
    <name>TuneRecallPanel</name>
    <message>
      <location filename="../ui/tune_recall.py" line="34" />
      <source>Tune recall</source>
      <translation>Ajustar la exhaustividad</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="46" />
      <source>A tile whose probability of RECENTLY_CLEARED reaches this value would be RECENTLY_CLEARED; the others take their most probable class. Lower it to miss fewer clearings, at the cost of more tiles to review.</source>
      <translation>Una tesela cuya probabilidad de RECENTLY_CLEARED alcanza este valor sería RECENTLY_CLEARED; las demás toman su clase más probable. Bájelo para perder menos talas, a costa de más teselas que revisar.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="51" />
      <source>RECENTLY_CLEARED from</source>
      <translation>RECENTLY_CLEARED desde</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="57" />
      <source>A tile becomes RECENTLY_CLEARED when its probability of RECENTLY_CLEARED reaches the threshold. Below it the tile keeps the model's label, and a tile the model labelled RECENTLY_CLEARED keeps it while RECENTLY_CLEARED is its most probable class. Lowering the threshold adds clearings; raising it only removes those a lower threshold added.</source>
      <translation>Una tesela pasa a RECENTLY_CLEARED cuando su probabilidad de RECENTLY_CLEARED alcanza el umbral. Por debajo, la tesela conserva la etiqueta del modelo, y una tesela que el modelo etiquetó RECENTLY_CLEARED la conserva mientras RECENTLY_CLEARED sea su clase más probable. Bajar el umbral añade desmontes; subirlo solo quita los que añadió un umbral más bajo.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="65" />
      <source>Above 0.5 the labels are the same as at 0.5: a tile whose probability of RECENTLY_CLEARED is above 0.5 always has it as its most probable class, so it stays RECENTLY_CLEARED. To check the model's own clearings, review them (the least confident first) instead.</source>
      <translation>Por encima de 0,5 las etiquetas son las mismas que en 0,5: una tesela cuya probabilidad de RECENTLY_CLEARED supera 0,5 siempre la tiene como clase más probable, así que sigue siendo RECENTLY_CLEARED. Para comprobar los desmontes que encontró el propio modelo, revíselos (los de menor confianza primero).</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="73" />
      <source>Relabel into a new layer...</source>
      <translation>Reetiquetar en una capa nueva...</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="74" />
      <source>Runs 'Relabel tiles for another RECENTLY_CLEARED threshold' into a new GeoPackage (next to this one unless you choose another file) and adds it to the project. This layer and its review decisions stay as they are; the copy keeps them.</source>
      <translation>Ejecuta 'Reetiquetar teselas para otro umbral de RECENTLY_CLEARED' en un nuevo GeoPackage (junto a este, salvo que elija otro archivo) y lo añade al proyecto. Esta capa y sus decisiones de revisión quedan como están; la copia las conserva.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="120" />
      <source>Relabelled layer</source>
      <translation>Capa reetiquetada</translation>
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
      <translation>Decisiones ya tomadas en la salida conservadas: {} tiles ({} que ya no son alerta, marcados {} en {}).</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="142" />
      <source>{} tiles hold a later decision from the input than the one the output had; the later one is kept: {}.</source>
      <translation>{} tiles tienen en la entrada una decisión más reciente que la de la salida; se conserva la más reciente: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="146" />
      <source>{} tiles with a decision are not in the new output (their decision is not carried): {}.</source>
      <translation>{} tiles con decisión no están en la nueva salida (su decisión no se traslada): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="132" />
      <source>{} has a tile_id that is not a tile id of Classify deforestation: {!r}. Use layers written by deforestation:classify.</source>
      <translation>{} tiene un tile_id que no es un identificador de tesela de Clasificar deforestación: {!r}. Use capas escritas por deforestation:classify.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="137" />
      <source>{} must hold tiles of one grid; it holds {}.</source>
      <translation>{} debe contener teselas de una sola cuadrícula; contiene {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="146" />
      <source>BEFORE and AFTER are on different tile grids ({} and {}): their tiles do not line up. Classify both rasters on the same grid (the same UTM zone), e.g. by reprojecting one raster into the other's CRS first.</source>
      <translation>BEFORE y AFTER están en cuadrículas de teselas distintas ({} y {}): sus teselas no coinciden. Clasifique los dos rásteres en la misma cuadrícula (la misma zona UTM), p. ej. reproyectando antes un ráster al SRC del otro.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="289" />
      <source>{} tiles compared, {} alerts in {} patches; {} only in BEFORE, {} only in AFTER, {} without a class in one of the dates (not guessed).</source>
      <translation>{} teselas comparadas, {} alertas en {} parches; {} solo en BEFORE, {} solo en AFTER, {} sin clase en una de las fechas (no adivinadas).</translation>
    </message>
    <message>
      <location filename="../core/alerts/date_imagery.py" line="97" />
      <source>{} has no band {}.</source>
      <translation>{} no tiene la banda {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/delineation.py" line="44" />
      <source>No clearings: they need an image of each date (BEFORE_RASTER and AFTER_RASTER, or BEFORE and AFTER outputs that record their source raster). A clearing is a change between two images: one image alone cannot tell a fresh clearing from an old pasture or bare ground. cleared_ha and confidence are left empty.</source>
      <translation>Sin desmontes: necesitan una imagen de cada fecha (BEFORE_RASTER y AFTER_RASTER, o salidas BEFORE y AFTER que registren su ráster de origen). Un desmonte es un cambio entre dos imágenes: una imagen sola no distingue un desmonte reciente de un pastizal antiguo o suelo desnudo. cleared_ha y confidence quedan vacíos.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="136" />
      <source>{} field decisions written into the compare output; {} unchanged.</source>
      <translation>{} decisiones de campo escritas en la salida de la comparación; {} sin cambios.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="139" />
      <source>{} tiles hold an office decision as late as the field's or later: the office's is kept, the field's is not written (it stays in the field package): {}.</source>
      <translation>{} teselas tienen una decisión de la oficina tan reciente como la del campo o más: se conserva la de la oficina y la del campo no se escribe (queda en el paquete de campo): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="144" />
      <source>{} tiles were decided in the office after the package was made and later in the field: the field's later decision is written: {}.</source>
      <translation>{} teselas se decidieron en la oficina después de hacer el paquete y más tarde en el campo: se escribe la decisión posterior, la del campo: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="148" />
      <source>{} field decisions are on tiles the compare output does not have: {}.</source>
      <translation>{} decisiones de campo están en teselas que la salida de la comparación no tiene: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="151" />
      <source>{} field decisions cannot be written (fix them in the field package and merge again): {}.</source>
      <translation>{} decisiones de campo no se pueden escribir (corríjalas en el paquete de campo y fusione de nuevo): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="66" />
      <source>{} already holds a field package ({}). Merge its decisions first (deforestation:field_merge), then choose an empty folder or remove the old package.</source>
      <translation>{} ya contiene un paquete de campo ({}). Combine primero sus decisiones (deforestation:field_merge), luego elija una carpeta vacía o elimine el paquete anterior.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="92" />
      <source>{} could not be copied into the field package {}: {}</source>
      <translation>{} no se pudo copiar al paquete de campo {}: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="93" />
      <source>GDAL refused it</source>
      <translation>GDAL lo rechazó</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="134" />
      <source>{} chips could not be made: {}</source>
      <translation>No se pudieron generar {} recortes: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="153" />
      <source>The field package {} could not be opened after writing it: {}</source>
      <translation>El paquete de campo {} no se pudo abrir después de escribirlo: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="162" />
      <source>No chips: give BEFORE_RASTER and AFTER_RASTER (the images the compare output was made from) to attach the before and after chips of each tile.</source>
      <translation>Sin recortes: indique BEFORE_RASTER y AFTER_RASTER (las imágenes con las que se hizo la salida de la comparación) para adjuntar los recortes anterior y posterior de cada tesela.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="185" />
      <source>{} is not a field package: it needs a layer '{}' with the fields of a compare output and the review fields. Choose the {} that deforestation:field_package wrote.</source>
      <translation>{} no es un paquete de campo: se necesita una capa '{}' con los campos de una salida de la comparación y los campos de la revisión. Elija el {} que escribió deforestation:field_package.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>confirmed</source>
      <translation>confirmados</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>rejected</source>
      <translation>rechazados</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>unclear</source>
      <translation>inciertos</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="48" />
      <source>not reviewed</source>
      <translation>no revisada</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="52" />
      <source>{:.1f} ha</source>
      <translation>{:.1f} ha</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="56" />
      <source>not computed</source>
      <translation>no calculado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <source>before {}; after {}</source>
      <translation>antes {}; después {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <location filename="../core/alerts/report.py" line="63" />
      <location filename="../core/alerts/report.py" line="157" />
      <source>not recorded</source>
      <translation>no registrado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="76" />
      <source>{}: not reviewed</source>
      <translation>{}: no revisado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="79" />
      <source> as {}</source>
      <translation> como {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="80" />
      <location filename="../core/review/audit.py" line="75" />
      <source> by {}</source>
      <translation> por {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="80" />
      <source>(no name)</source>
      <translation>(sin nombre)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="84" />
      <source>; reason: {}</source>
      <translation>; motivo: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="88" />
      <source>; audit: {} by {}</source>
      <translation>; auditoría: {} por {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="94" />
      <source>; not audited</source>
      <translation>; no auditado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="111" />
      <source>{} alert tiles in {} patches.</source>
      <translation>{} tiles de alerta en {} parches.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="112" />
      <source>Alert tiles by tier and decision:</source>
      <translation>Tiles de alerta por nivel y decisión:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="116" />
      <location filename="../core/alerts/report.py" line="171" />
      <source>no tier</source>
      <translation>sin nivel</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="119" />
      <source>Total area of the alert patches: {}; cleared inside them: {}.</source>
      <translation>Área total de los parches de alerta: {}; deforestada dentro de ellos: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="123" />
      <source>Cleared area by overlay polygon:</source>
      <translation>Área deforestada por polígono de superposición:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="126" />
      <source>Cleared area by overlay polygon: no overlay given or no overlap.</source>
      <translation>Área deforestada por polígono de superposición: sin capa de superposición o sin intersección.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="127" />
      <source>Dates: {}.</source>
      <translation>Fechas: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="128" />
      <source>Provenance:</source>
      <translation>Procedencia:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="158" />
      <source>{:.5f}, {:.5f} (longitude, latitude, WGS 84)</source>
      <translation>{:.5f}, {:.5f} (longitud, latitud, WGS 84)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="169" />
      <source>Area: {} ({} tile(s) of 1 km²); cleared inside: {}</source>
      <translation>Área: {} ({} tile(s) de 1 km²); deforestado dentro: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="171" />
      <source>Tier: {}</source>
      <translation>Nivel: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="172" />
      <source>P(recently cleared) after: highest {}, lowest {}</source>
      <translation>P(deforestación reciente) después: máxima {}, mínima {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="174" />
      <source>Dates: {}</source>
      <translation>Fechas: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="175" />
      <source>Centroid: {}</source>
      <translation>Centroide: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="178" />
      <source>Overlaps: {}</source>
      <translation>Superposiciones: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="180" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="181" />
      <source>Clearings delineated: {}</source>
      <translation>Deforestaciones delineadas: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="182" />
      <source>Decisions (review and audit):</source>
      <translation>Decisiones (revisión y auditoría):</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="186" />
      <source>Alert patch {}</source>
      <translation>Parche de alerta {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="168" />
      <location filename="../core/alerts/report_layout.py" line="256" />
      <source>Deforestation alert report</source>
      <translation>Informe de alertas de deforestación</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="175" />
      <source>Page area</source>
      <translation>Área de la página</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="178" />
      <source>Location of this page</source>
      <translation>Ubicación de esta página</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="179" />
      <source>Every alert; this page's area framed</source>
      <translation>Todas las alertas; el área de esta página enmarcada</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="180" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="181" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="184" />
      <source>{}: no image given (BEFORE_RASTER, AFTER_RASTER)</source>
      <translation>{}: ninguna imagen indicada (BEFORE_RASTER, AFTER_RASTER)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="217" />
      <source>the layout could not be exported (code {})</source>
      <translation>no se pudo exportar el diseño (código {})</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="266" />
      <location filename="../processing_provider/compare_algorithm.py" line="120" />
      <source>Alert tiles</source>
      <translation>Teselas de alerta</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="276" />
      <source>The report could not be written to {}: {}</source>
      <translation>No se pudo escribir el informe en {}: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="306" />
      <location filename="../processing_provider/compare_algorithm.py" line="115" />
      <location filename="../processing_provider/compare_algorithm.py" line="122" />
      <location filename="../processing_provider/field_project.py" line="154" />
      <source>Clearings</source>
      <translation>Desmontes</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="307" />
      <source>Compare output</source>
      <translation>Salida de la comparación</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="308" />
      <source>Plugin version</source>
      <translation>Versión del complemento</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="309" />
      <source>Report made</source>
      <translation>Informe generado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>as recorded in the two classify outputs compared (their layer metadata)</source>
      <translation>según lo registrado en las dos salidas de clasificación comparadas (metadatos de la capa)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="26" />
      <source>Forest lost (alert)</source>
      <translation>Bosque perdido (alerta)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="27" />
      <source>No alert</source>
      <translation>Sin alerta</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="46" />
      <source>Highest: alert, clearing and reference agree</source>
      <translation>Máximo: alerta, desmonte y referencia coinciden</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="47" />
      <source>High: alert and clearing agree</source>
      <translation>Alto: alerta y desmonte coinciden</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="48" />
      <source>Candidate: a clearing the model kept as forest</source>
      <translation>Candidato: un desmonte que el modelo mantuvo como bosque</translation>
    </message>
    <message>
      <location filename="../core/alerts/tiers.py" line="118" />
      <source>{} clearings, {:.2f} ha in all. Tiles: {} highest, {} high, {} candidate (kept as forest by the model), {} low; {} alert tiles without a tier (too little of them seen in both images).</source>
      <translation>{} desmontes, {:.2f} ha en total. Teselas: {} highest, {} high, {} candidate (mantenidas como bosque por el modelo), {} low; {} teselas de alerta sin nivel (muy poco de ellas visto en ambas imágenes).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="70" />
      <source>FIRST_YEAR {} is before {}, the first year of Hansen loss; choose a year from 2001 on (e.g. 2020).</source>
      <translation>FIRST_YEAR {} es anterior a {}, el primer año de pérdida de Hansen; elija un año desde 2001 (p. ej. 2020).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="74" />
      <source>LAST_YEAR {} is before FIRST_YEAR {}; the window is FIRST_YEAR..LAST_YEAR inclusive (e.g. 2020-2024).</source>
      <translation>LAST_YEAR {} es anterior a FIRST_YEAR {}; la ventana es FIRST_YEAR..LAST_YEAR inclusive (p. ej. 2020-2024).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="78" />
      <source>LAST_YEAR {} is beyond what lossyear can encode.</source>
      <translation>LAST_YEAR {} está más allá de lo que lossyear puede codificar.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="82" />
      <source>CANOPY_THRESHOLD {} is not a percentage (0-100).</source>
      <translation>CANOPY_THRESHOLD {} no es un porcentaje (0-100).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="87" />
      <source>{} {} is not a fraction between 0 and 1.</source>
      <translation>{} {} no es una fracción entre 0 y 1.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="237" />
      <source>TREECOVER and LOSSYEAR are not on the same pixel grid ({} x {} px at {} vs {} x {} px at {}). Use the treecover2000 and lossyear files of the same granule(s), e.g. build one VRT per layer with gdalbuildvrt over the same granule list, without resampling.</source>
      <translation>TREECOVER y LOSSYEAR no están en la misma cuadrícula de píxeles ({} x {} px en {} frente a {} x {} px en {}). Use los archivos treecover2000 y lossyear del mismo gránulo o gránulos, p. ej. creando un VRT por capa con gdalbuildvrt sobre la misma lista de gránulos, sin remuestreo.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="245" />
      <source>The Hansen rasters are rotated or not north-up; use the published granules (or a VRT of them) as they are.</source>
      <translation>Los rásteres de Hansen están rotados o no orientados al norte; use los gránulos publicados (o un VRT de ellos) tal como están.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="263" />
      <source>{} cannot be opened by GDAL: {} ({}).</source>
      <translation>GDAL no puede abrir {}: {} ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="266" />
      <source>{} is not a raster GDAL can read: {}.</source>
      <translation>{} no es un ráster que GDAL pueda leer: {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="135" />
      <source>Cancelled after {} of {} tiles.</source>
      <translation>Cancelado tras {} de {} teselas.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="136" />
      <source>Done. {}</source>
      <translation>Terminado. {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="171" />
      <source>Feature {}: cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Objeto {}: no se puede transformar al SRC de los rásteres ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="186" />
      <source>TREECOVER has no CRS; the Hansen granules are in EPSG:4326. Set the layer's CRS (Layer Properties &gt; Source) or use the original files.</source>
      <translation>TREECOVER no tiene SRC; los gránulos Hansen están en EPSG:4326. Defina el SRC de la capa (Propiedades de la capa &gt; Fuente) o use los archivos originales.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="246" />
      <source>{}: unrecognised coordinate reference system {}.</source>
      <translation>{}: sistema de referencia de coordenadas no reconocido {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="260" />
      <source>The tiles cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Las teselas no se pueden transformar al SRC de los rásteres ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="279" />
      <source>LAST_YEAR {} is after the last loss year of {} ({}): loss in {} is not in these files. Use a newer Hansen version or an earlier LAST_YEAR.</source>
      <translation>LAST_YEAR {} es posterior al último año de pérdida de {} ({}): la pérdida en {} no está en estos archivos. Use una versión más reciente de Hansen o un LAST_YEAR anterior.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="300" />
      <source>Hansen granules covering the tiles: {}</source>
      <translation>Gránulos Hansen que cubren las teselas: {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="41" />
      <source>No tile has a valid class in both {} and {} ({} features read). Choose the fields that hold the predicted and the reference class, and label some tiles first (review dock or Hansen reference labels).</source>
      <translation>Ninguna tesela tiene una clase válida en {} y {} ({} objetos leídos). Elija los campos con la clase predicha y la de referencia, y etiquete antes algunas teselas (panel de revisión o Etiquetas de referencia Hansen).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="47" />
      <source>No reference tile is RECENTLY_CLEARED: its recall is undefined and reported as 0 (zero_division=0).</source>
      <translation>Ninguna tesela de referencia es RECENTLY_CLEARED: su exhaustividad no está definida y se informa como 0 (zero_division=0).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="61" />
      <source>Cannot write the report {}: {}. Choose a writable OUTPUT_HTML path.</source>
      <translation>No se puede escribir el informe {}: {}. Elija una ruta OUTPUT_HTML con permiso de escritura.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="71" />
      <source>{} tiles left out: {} without a valid {}, {} without a valid {}, {} without either.</source>
      <translation>{} teselas dejadas fuera: {} sin {} válido, {} sin {} válido, {} sin ninguno de los dos.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="78" />
      <source>Values that are not one of {}: {}</source>
      <translation>Valores que no son uno de {}: {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="82" />
      <source>{} tiles evaluated: accuracy {:.1%}, macro F1 {:.1%}, RECENTLY_CLEARED recall {:.3f}.</source>
      <translation>{} teselas evaluadas: exactitud {:.1%}, F1 macro {:.1%}, exhaustividad de RECENTLY_CLEARED {:.3f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="31" />
      <source>earthsearch:boa_offset_applied is true: the DN are used as stored (the training DN)</source>
      <translation>earthsearch:boa_offset_applied es true: los DN se usan tal como están guardados (los DN del entrenamiento)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="34" />
      <source>processing baseline {}</source>
      <translation>línea base de procesamiento {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="35" />
      <source>no processing baseline stated</source>
      <translation>no se indica línea base de procesamiento</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="36" />
      <source>{}: no BOA offset, DN used as stored</source>
      <translation>{}: sin desplazamiento BOA, DN usados tal como están guardados</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="37" />
      <source>earthsearch:boa_offset_applied is false</source>
      <translation>earthsearch:boa_offset_applied es false</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="38" />
      <source>no earthsearch:boa_offset_applied</source>
      <translation>sin earthsearch:boa_offset_applied</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="42" />
      <source>{}, processing baseline {}: the item's raster:bands offset {:g} applied as {:+.0f} DN</source>
      <translation>{}, línea base de procesamiento {}: el desplazamiento raster:bands del elemento, {:g}, aplicado como {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="44" />
      <source>{}, processing baseline {}: BOA_ADD_OFFSET -1000 (product specification)</source>
      <translation>{}, línea base de procesamiento {}: BOA_ADD_OFFSET -1000 (especificación del producto)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="89" />
      <source>Values of {}: {}.</source>
      <translation>Valores de {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="131" />
      <source>{} {} ({} tiles)</source>
      <translation>{} {} ({} teselas)</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="136" />
      <source>{} tiles from {} acquisitions: {}</source>
      <translation>{} teselas de {} adquisiciones: {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="139" />
      <source>; {} tiles covered by no acquisition (no data)</source>
      <translation>; {} teselas sin ninguna adquisición (sin datos)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="99" />
      <source>START_DATE {} is after END_DATE {}.</source>
      <translation>START_DATE {} es posterior a END_DATE {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="108" />
      <source>{} '{}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>{} '{}' no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="138" />
      <source>The items {} name no EPSG code (proj:epsg / proj:code): the UTM grid is unknown.</source>
      <translation>Los elementos {} no indican código EPSG (proj:epsg / proj:code): la cuadrícula UTM es desconocida.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="177" />
      <source>Searching {} at {} from {} to {} over lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</source>
      <translation>Buscando {} en {} de {} a {} sobre lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="184" />
      <location filename="../core/fetch/s2_fetch.py" line="308" />
      <location filename="../processing_provider/evaluate_algorithm.py" line="110" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="190" />
      <source>{} items, {} acquisitions over the extent.</source>
      <translation>{} elementos, {} adquisiciones sobre la extensión.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="204" />
      <source>{} has JPEG 2000 assets only (no COG): its bands are read from its *-jp2 assets through GDAL's JPEG 2000 driver over HTTP (/vsicurl/), more slowly than COGs.</source>
      <translation>{} solo tiene assets JPEG 2000 (ningún COG): sus bandas se leen de los assets *-jp2 con el driver JPEG 2000 de GDAL por HTTP (/vsicurl/), más despacio que los COG.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="213" />
      <source>Grid EPSG:{}, {:.0f} x {:.0f} m</source>
      <translation>Cuadrícula EPSG:{}, {:.0f} x {:.0f} m</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="215" />
      <source>Tiles: {}</source>
      <translation>Teselas: {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="247" />
      <source>{} items were found in more than one collection ({}); each acquisition of an MGRS tile is taken once, from the collection listed first in COLLECTION ({}: for sentinel-2-l2a, the model's training source); left out: {}.</source>
      <translation>{} ítems se encontraron en más de una colección ({}); cada adquisición de un tile MGRS se toma una sola vez, de la colección listada primero en COLLECTION ({}: en el caso de sentinel-2-l2a, la fuente de entrenamiento del modelo); dejados fuera: {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="269" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %)</source>
      <translation>Adquisición {}: {} (nubes de la escena {:.1f} %)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="272" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %, SCL cloud over the extent {:.1%})</source>
      <translation>Adquisición {}: {} (nubes de la escena {:.1f} %, nubes SCL sobre la extensión {:.1%})</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="287" />
      <source>PER_TILE: the SCL of all {} acquisitions is read over the area; each 1 km tile takes the clearest (MAX_CLOUD_COVER does not apply in this mode).</source>
      <translation>PER_TILE: la SCL de las {} adquisiciones se lee sobre el área; cada tesela de 1 km toma la más despejada (MAX_CLOUD_COVER no se aplica en este modo).</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="294" />
      <source>The SCL of no acquisition over the extent{} could be read: check the connection and STAC_URL.</source>
      <translation>No se pudo leer la SCL de ninguna adquisición sobre la extensión{}: compruebe la conexión y STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="313" />
      <source>Copying {} to a local GeoTIFF.</source>
      <translation>Copiando {} a un GeoTIFF local.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="182" />
      <source>No Sentinel-2 scene covers the extent{}. Widen the date window (START_DATE, END_DATE) or check the extent.</source>
      <translation>Ninguna escena Sentinel-2 cubre la extensión{}. Amplíe la ventana de fechas (START_DATE, END_DATE) o compruebe la extensión.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="188" />
      <source>All {} acquisitions over the extent{} are too cloudy: the least cloudy ({}, {}) has {} % cloud, above MAX_CLOUD_COVER = {} %. Raise MAX_CLOUD_COVER or widen the date window.</source>
      <translation>Las {} adquisiciones sobre la extensión{} están demasiado nubladas: la menos nublada ({}, {}) tiene {} % de nubes, por encima de MAX_CLOUD_COVER = {} %. Suba MAX_CLOUD_COVER o amplíe la ventana de fechas.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="46" />
      <source>The asset href '{}' of the STAC catalogue was refused: only http:// and https:// assets (and s3:// of public buckets) are read.</source>
      <translation>El href de asset '{}' del catálogo STAC se rechazó: solo se leen assets http:// y https:// (y s3:// de buckets públicos).</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="55" />
      <source>The item {} has no '{}' asset ({}), neither as a COG nor as '{}-jp2'; is COLLECTION a Sentinel-2 L2A collection?</source>
      <translation>El ítem {} no tiene el asset '{}' ({}), ni como COG ni como '{}-jp2'; ¿es COLLECTION una colección Sentinel-2 L2A?</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="67" />
      <source>The '{}' asset of {} cannot be read ({}): {}.</source>
      <translation>No se puede leer el asset '{}' de {} ({}): {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="156" />
      <source>GDAL could not mosaic the '{}' assets: {}.</source>
      <translation>GDAL no pudo montar el mosaico de los assets '{}': {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="200" />
      <source>GDAL could not write {}.</source>
      <translation>GDAL no pudo escribir {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="42" />
      <source>The STAC API at {} cannot be reached ({}). Check the internet connection; behind a proxy, set it in QGIS Settings &gt; Options &gt; Network (the search goes through QGIS's network settings); or set STAC_URL to a catalogue you can reach.</source>
      <translation>No se puede acceder a la API STAC en {} ({}). Compruebe la conexión a internet; detrás de un proxy, configúrelo en QGIS Configuración &gt; Opciones &gt; Red (la búsqueda usa los ajustes de red de QGIS); o ponga en STAC_URL un catálogo al que pueda acceder.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="49" />
      <source>The STAC address '{}' was refused: only http:// and https:// addresses are asked or followed (STAC_URL, the catalogue's next links and redirects).</source>
      <translation>La dirección STAC '{}' se rechazó: solo se consultan o siguen direcciones http:// y https:// (STAC_URL, los enlaces next del catálogo y redirecciones).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="127" />
      <source>The server or a proxy refuses the request: check QGIS's proxy settings.</source>
      <translation>El servidor o un proxy rechaza la petición: compruebe los ajustes de proxy de QGIS.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="130" />
      <source>Check STAC_URL: it should be the API root (it answers /search).</source>
      <translation>Compruebe STAC_URL: debe ser la raíz de la API (responde a /search).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="131" />
      <source>The STAC API at {} answered HTTP {}. {} {}</source>
      <translation>La API STAC en {} respondió HTTP {}. {} {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="136" />
      <source>The STAC API at {} did not answer JSON ({}); check STAC_URL.</source>
      <translation>La API STAC en {} no respondió JSON ({}); compruebe STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="174" />
      <source>The STAC API's next link '{}' was refused: only http:// and https:// links are followed.</source>
      <translation>El enlace next '{}' de la API STAC se rechazó: solo se siguen enlaces http:// y https://.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="64" />
      <source>Expected one {} file in {}, found {} ({}). Put one file per band (B03, B04, B08) in the folder, or build the VRT yourself.</source>
      <translation>Se esperaba un archivo {} en {}, se encontraron {} ({}). Ponga un archivo por banda (B03, B04, B08) en la carpeta o cree usted mismo el VRT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="82" />
      <source>GDAL could not stack the band files of {}.</source>
      <translation>GDAL no pudo apilar los archivos de banda de {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="57" />
      <source>Cannot find the {} ({}) band from the band descriptions ({}). Set {} to its band number.</source>
      <translation>No se encuentra la banda {} ({}) a partir de las descripciones de las bandas ({}). Ponga en {} su número de banda.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="61" />
      <source>Several bands look like {} ({}): {} ({}). Set {} to the right one.</source>
      <translation>Varias bandas parecen {} ({}): {} ({}). Ponga en {} la correcta.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="70" />
      <source>The raster has {} band(s); a chip needs three (B08, B04, B03). Use a multi-band Sentinel-2 L2A raster, or stack the bands into a VRT first.</source>
      <translation>El ráster tiene {} banda(s); un recorte necesita tres (B08, B04, B03). Use un ráster Sentinel-2 L2A multibanda, o apile antes las bandas en un VRT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="79" />
      <source>{}_BAND is {}, but the raster has {} band(s) (valid numbers are 1 to {}).</source>
      <translation>{}_BAND es {}, pero el ráster tiene {} banda(s) (números válidos de 1 a {}).</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="74" />
      <source>Unrecognised coordinate reference system: {}. Give an EPSG code or a WKT definition.</source>
      <translation>Sistema de referencia de coordenadas no reconocido: {}. Indique un código EPSG o una definición WKT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="112" />
      <source>the raster's own UTM zone</source>
      <translation>la propia zona UTM del ráster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="129" />
      <source>in degrees</source>
      <translation>en grados</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="130" />
      <source>not a UTM zone</source>
      <translation>no es una zona UTM</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="131" />
      <source>not in metres</source>
      <translation>no está en metros</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="132" />
      <source>the raster's CRS</source>
      <translation>el SRC del ráster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="134" />
      <source>{} is {}, so the tiles are cut in the UTM zone of the area's centre ({}) to be 1 km and 10 m on the ground</source>
      <translation>{} está {}, así que las teselas se cortan en la zona UTM del centro de la zona ({}) para medir 1 km y 10 m sobre el terreno</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="158" />
      <source>The extent cannot be transformed into the grid CRS: check the extent's CRS.</source>
      <translation>La extensión no se puede transformar al SRC de la cuadrícula: compruebe el SRC de la extensión.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="47" />
      <source>{} valid pixels, too few to tell</source>
      <translation>{} píxeles válidos, demasiado pocos para decidir</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="48" />
      <source>darkest 1 % of {} valid pixels at Red {:.0f} and Green {:.0f} DN</source>
      <translation>el 1 % más oscuro de {} píxeles válidos en Rojo {:.0f} y Verde {:.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="53" />
      <source>the pixels say the offset was removed ({}: dark targets below {:.0f}, which DN with the +1000 offset do not reach)</source>
      <translation>los píxeles indican que se quitó el desplazamiento ({}: objetivos oscuros por debajo de {:.0f}, que los DN con el desplazamiento +1000 no alcanzan)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="57" />
      <source>the pixels say the +1000 offset is still in ({}: almost none below {:.0f}, dark targets at 1000 plus a few hundred)</source>
      <translation>los píxeles indican que el desplazamiento +1000 sigue presente ({}: casi ninguno por debajo de {:.0f}, objetivos oscuros en 1000 más unos cientos)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="60" />
      <source>the pixels cannot tell ({}: no dark target such as water or forest, as over desert, snow or cloud)</source>
      <translation>los píxeles no permiten decidir ({}: ningún objetivo oscuro como agua o bosque, como sobre desierto, nieve o nubes)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="105" />
      <source>{}: the BOA offset could not be checked against the pixels ({}); the metadata decides: {}.</source>
      <translation>{}: no se pudo comprobar el desplazamiento BOA con los píxeles ({}); deciden los metadatos: {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>{:+.0f} DN applied</source>
      <translation>{:+.0f} DN aplicado</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>DN used as stored</source>
      <translation>DN usados tal como están guardados</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="112" />
      <source>{}: the metadata and the pixels disagree about the BOA offset. Metadata: {}. Pixels: {}. The pixels decide: {}.</source>
      <translation>{}: los metadatos y los píxeles no coinciden sobre el desplazamiento BOA. Metadatos: {}. Píxeles: {}. Deciden los píxeles: {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="115" />
      <source>pixels over metadata: {} ({}; the metadata said: {})</source>
      <translation>píxeles por encima de los metadatos: {} ({}; los metadatos decían: {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="41" />
      <source>GDAL cannot open the raster '{}': {}</source>
      <translation>GDAL no puede abrir el ráster '{}': {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="43" />
      <source>GDAL cannot open the raster '{}'.</source>
      <translation>GDAL no puede abrir el ráster '{}'.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="56" />
      <source>The raster has no coordinate reference system. Assign one in the layer properties (Source &gt; Assigned Coordinate Reference System) and run again.</source>
      <translation>El ráster no tiene sistema de referencia de coordenadas. Asígnele uno en las propiedades de la capa (Fuente &gt; SRC asignado) y ejecute de nuevo.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="105" />
      <source>GDAL could not resample the raster onto the 10 m tile grid.</source>
      <translation>GDAL no pudo remuestrear el ráster en la cuadrícula de teselas de 10 m.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="123" />
      <source>GDAL could not read tile {}.</source>
      <translation>GDAL no pudo leer la tesela {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="133" />
      <location filename="../core/imagery/s2_product.py" line="143" />
      <location filename="../models/verify.py" line="170" />
      <source>Cannot read {}: {}</source>
      <translation>No se puede leer {}: {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="138" />
      <source>Cannot read {}: it declares a DTD, which no Sentinel-2 product XML does.</source>
      <translation>No se puede leer {}: declara una DTD, cosa que ningún XML de producto Sentinel-2 hace.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="179" />
      <source>the raster's band offset {:g} (reflectance) applied as {:+.0f} DN</source>
      <translation>se aplica el desplazamiento de banda del ráster, {:g} (reflectancia), como {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="186" />
      <source>float reflectance multiplied by 10000, band offset applied as {:+.0f} DN</source>
      <translation>reflectancia en coma flotante multiplicada por 10000, desplazamiento de banda aplicado como {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="190" />
      <source>float reflectance multiplied by 10000</source>
      <translation>reflectancia en coma flotante multiplicada por 10000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="192" />
      <source>the raster's band offset {:+.0f} DN applied</source>
      <translation>se aplica el desplazamiento de banda del ráster, {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="196" />
      <source>BOA_ADD_OFFSET {:+.0f} from the product metadata</source>
      <translation>BOA_ADD_OFFSET {:+.0f} de los metadatos del producto</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="201" />
      <source>processing baseline {}: BOA_ADD_OFFSET -1000</source>
      <translation>línea base de procesamiento {}: BOA_ADD_OFFSET -1000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="218" />
      <source>median {:.3g}</source>
      <translation>mediana {:.3g}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="242" />
      <source>{} (float raster, {})</source>
      <translation>{} (ráster de coma flotante, {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="247" />
      <source>SCALE {:g} given by the user</source>
      <translation>SCALE {:g} indicado por el usuario</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="253" />
      <source>OFFSET {:+.0f} DN given by the user</source>
      <translation>OFFSET {:+.0f} DN indicado por el usuario</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="260" />
      <source>the fetched scene: {}</source>
      <translation>la escena descargada: {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="273" />
      <source>a BOA offset</source>
      <translation>un desplazamiento BOA</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="274" />
      <source>the raster</source>
      <translation>el ráster</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="320" />
      <source>The values look like Sentinel-2 L2A DN of processing baseline 04.00 or later with the +1000 BOA offset still in: the darkest 1 % of valid pixels are at Red {:.0f} and Green {:.0f} DN, where harmonised L2A has dark targets (water, shadow, forest in Red) at a few hundred. The chips are too bright. If the raster comes from a SAFE L2A product of 2022-01-25 or later (Copernicus Data Space, Planetary Computer, GEE S2_SR), set OFFSET = -1000; leave OFFSET empty if it is already harmonised (Earth Search, GEE S2_SR_HARMONIZED) and the area has no dark surface.</source>
      <translation>Los valores parecen DN de Sentinel-2 L2A de línea base de procesamiento 04.00 o posterior con el desplazamiento BOA +1000 aún presente: el 1 % más oscuro de los píxeles válidos está en Rojo {:.0f} y Verde {:.0f} DN, mientras que el L2A armonizado tiene objetivos oscuros (agua, sombra, bosque en el Rojo) en unos cientos. Los recortes salen demasiado claros. Si el ráster viene de un producto SAFE L2A de 2022-01-25 o posterior (Copernicus Data Space, Planetary Computer, GEE S2_SR), defina OFFSET = -1000; deje OFFSET vacío si ya está armonizado (Earth Search, GEE S2_SR_HARMONIZED) y la zona no tiene superficies oscuras.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="338" />
      <source>The values look like reflectance x 1000, not x 10000: NIR median {:.0f}, Red median {:.0f} and 99 % of NIR below {:.0f}, where Sentinel-2 L2A DN over land have NIR medians of a few thousand. The chips are almost black. Set SCALE = 10 to turn them into DN.</source>
      <translation>Los valores parecen reflectancia x 1000, no x 10000: mediana del NIR {:.0f}, mediana del Rojo {:.0f} y el 99 % del NIR por debajo de {:.0f}, mientras que los DN de Sentinel-2 L2A sobre tierra tienen medianas de NIR de unos miles. Los recortes salen casi negros. Defina SCALE = 10 para convertirlos en DN.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="354" />
      <source>The NIR band's values look unusual for Sentinel-2 L2A: median {:.4g} (min {:.4g}, max {:.4g}); expected surface reflectance x 10000 with a median of a few thousand. Check the bands, or set SCALE and OFFSET (DN = raw x SCALE + OFFSET); chips are stretched as DN / 3000 x 255.</source>
      <translation>Los valores de la banda NIR parecen inusuales para Sentinel-2 L2A: mediana {:.4g} (mín {:.4g}, máx {:.4g}); se espera reflectancia de superficie x 10000 con una mediana de unos miles. Compruebe las bandas, o defina SCALE y OFFSET (DN = bruto x SCALE + OFFSET); los recortes se estiran como DN / 3000 x 255.</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="49" />
      <source>this llama.cpp build has a GPU backend but found no usable GPU device</source>
      <translation>esta compilación de llama.cpp tiene un backend de GPU pero no encontró ninguna GPU utilizable</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="50" />
      <source>this llama.cpp build has no GPU backend</source>
      <translation>esta compilación de llama.cpp no tiene backend de GPU</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="122" />
      <source>CPU {:.3f} s per chip, GPU {} {:.3f} s per chip: {} chosen ({})</source>
      <translation>CPU {:.3f} s por recorte, GPU {} {:.3f} s por recorte: se elige {} ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="155" />
      <source>GPU offload automatic: CPU ({}).</source>
      <translation>Descarga en la GPU automática: CPU ({}).</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="160" />
      <source>GPU offload automatic: timing {} chips on the CPU and on the GPU {} (once for this build, model and device)</source>
      <translation>Descarga en la GPU automática: cronometrando {} recortes en la CPU y en la GPU {} (una vez para esta compilación, modelo y dispositivo)</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="170" />
      <source>GPU offload automatic: {}.</source>
      <translation>Descarga en la GPU automática: {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="84" />
      <source>Unknown engine {!r}: use {}.</source>
      <translation>Motor desconocido {!r}: use {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="105" />
      <source>{} file not found: {}. Put the model card's GGUF files (v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) in the model folder, or give their paths as MODEL and MMPROJ.</source>
      <translation>Archivo {} no encontrado: {}. Ponga los archivos GGUF de la ficha del modelo (v2_no_coords-Q4_K_M.gguf y mmproj-v2_no_coords-F16.gguf) en la carpeta de modelos o indique sus rutas como MODEL y MMPROJ.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="113" />
      <source>Model download cancelled; run the algorithm again to resume it.</source>
      <translation>Descarga del modelo cancelada; ejecute el algoritmo de nuevo para reanudarla.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="128" />
      <source>The managed local llama-server backend is selected but no llama-server executable was found. Download a llama.cpp release for this system (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon) and point the plugin settings at its llama-server, or put it on PATH (or set $DEFORESTATION_LLAMA_SERVER).</source>
      <translation>El backend llama-server local gestionado está seleccionado pero no se encontró ningún ejecutable llama-server. Descargue una versión de llama.cpp para este sistema (Vulkan para GPU AMD/Intel, CUDA para NVIDIA, Metal en Apple silicon) e indique su llama-server en la configuración del complemento, o póngalo en el PATH (o defina $DEFORESTATION_LLAMA_SERVER).</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="144" />
      <source>Starting the local llama-server {} with {} + {} (waiting for /health)</source>
      <translation>Iniciando el llama-server local {} con {} + {} (esperando /health)</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="150" />
      <source>Backend: local llama-server at {} ({} requests in flight; log: {})</source>
      <translation>Backend: llama-server local en {} ({} solicitudes simultáneas; registro: {})</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="162" />
      <source>The server backend is selected but no server URL is set: set it in the plugin settings (or $DEFORESTATION_SERVER_URL), e.g. http://127.0.0.1:8080/v1, or switch the backend back to llama.cpp.</source>
      <translation>El backend de servidor está seleccionado pero no hay URL de servidor: defínala en la configuración del complemento (o $DEFORESTATION_SERVER_URL), p. ej. http://127.0.0.1:8080/v1, o vuelva al backend llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="166" />
      <source>Backend: OpenAI-compatible server {} ({} requests in flight per server); MODEL, MMPROJ and ENGINE are not used.</source>
      <translation>Backend: servidor compatible con OpenAI {} ({} solicitudes simultáneas por servidor); MODEL, MMPROJ y ENGINE no se usan.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="179" />
      <source>Connecting to {}</source>
      <translation>Conectando con {}</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="184" />
      <source>Loading model {} + {} ({} engine)</source>
      <translation>Cargando el modelo {} + {} (motor {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="20" />
      <source>The Python package llama-cpp-python is not installed in QGIS's Python ({}). Install it with: python3 -m pip install {}</source>
      <translation>El paquete de Python llama-cpp-python no está instalado en el Python de QGIS ({}). Instálelo con: python3 -m pip install {}</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>all layers</source>
      <translation>todas las capas</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>{} layers</source>
      <translation>{} capas</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="182" />
      <source>GPU {} (text model: {} offloaded; vision projector: {})</source>
      <translation>GPU {} (modelo de texto: {} en la GPU; proyector de visión: {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="187" />
      <source>CPU {}, {} threads (text model and vision projector{})</source>
      <translation>CPU {}, {} hilos (modelo de texto y proyector de visión{})</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="131" />
      <source>The {} file is missing: {}.</source>
      <translation>Falta el archivo {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="144" />
      <source>{} does not know {}: it is older than the llama.cpp of the model card's evaluation and cannot be told how many image tokens to make of a chip (docs/MODEL.md). Use a current llama.cpp release.</source>
      <translation>{} no conoce {}: es más antiguo que el llama.cpp de la evaluación de la ficha del modelo y no se le puede indicar cuántos tokens de imagen hacer de un recorte (docs/MODEL.md). Use una versión actual de llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="176" />
      <source>Cannot start {} ({}). Point the plugin settings at a llama-server executable from llama.cpp's releases.</source>
      <translation>No se puede iniciar {} ({}). Indique en la configuración del complemento un ejecutable llama-server de las versiones de llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="202" />
      <source>The local server stopped while starting (exit code {}): {}</source>
      <translation>El servidor local se detuvo al iniciarse (código de salida {}): {}</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="205" />
      <source>Starting the local server was cancelled.</source>
      <translation>Se canceló el inicio del servidor local.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="219" />
      <source>The local server did not answer {} within {:g} s. Its log: {}</source>
      <translation>El servidor local no respondió {} en {:g} s. Su registro: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="70" />
      <source>The model's answer is not JSON: {!r:.200}</source>
      <translation>La respuesta del modelo no es JSON: {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="73" />
      <source>The model's answer has no valid class_label: {!r:.200}</source>
      <translation>La respuesta del modelo no tiene un class_label válido: {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="103" />
      <source>The rendered prompt does not start with text</source>
      <translation>El prompt generado no empieza con texto</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="111" />
      <source>The tokenizer of {} does not tell the three answers apart</source>
      <translation>El tokenizador de {} no distingue las tres respuestas</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="126" />
      <source>{} has no tokenizer.chat_template</source>
      <translation>{} no tiene tokenizer.chat_template</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="159" />
      <source>Tokenization failed for {!r:.80}</source>
      <translation>La tokenización falló para {!r:.80}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="199" />
      <source>mtmd_bitmap_init failed</source>
      <translation>mtmd_bitmap_init falló</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="216" />
      <source>mtmd_input_chunks_init failed</source>
      <translation>mtmd_input_chunks_init falló</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="220" />
      <source>mtmd_tokenize failed with {}</source>
      <translation>mtmd_tokenize falló con {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="233" />
      <source>Unexpected mtmd chunk type {}</source>
      <translation>Tipo de bloque mtmd inesperado {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="45" />
      <location filename="../core/inference/scoring_engine.py" line="67" />
      <source>Model file not found: {}</source>
      <translation>Archivo del modelo no encontrado: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="67" />
      <source>llama.cpp could not load the model pair {} + {}: {}</source>
      <translation>llama.cpp no pudo cargar el par de modelos {} + {}: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="89" />
      <source>llama.cpp could not load the text model {}</source>
      <translation>llama.cpp no pudo cargar el modelo de texto {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="118" />
      <source>llama.cpp could not create a context for {} (n_ctx {}, {} sequences)</source>
      <translation>llama.cpp no pudo crear un contexto para {} (n_ctx {}, {} secuencias)</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="134" />
      <source>mtmd could not load the vision projector {} for {}</source>
      <translation>mtmd no pudo cargar el proyector de visión {} para {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="138" />
      <source>{} has no vision encoder</source>
      <translation>{} no tiene codificador de visión</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="176" />
      <source>batch of {} tokens &gt; n_batch {}</source>
      <translation>lote de {} tokens &gt; n_batch {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="187" />
      <source>llama_decode failed with {} ({})</source>
      <translation>llama_decode falló con {} ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="192" />
      <source>No logits for batch index {}</source>
      <translation>Sin logits para el índice de lote {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="222" />
      <source>The engine is closed</source>
      <translation>El motor está cerrado</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="313" />
      <source>The prompt head differs from the cached one</source>
      <translation>El inicio del prompt difiere del que está en caché</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="334" />
      <source>mtmd_encode_chunk failed with {}</source>
      <translation>mtmd_encode_chunk falló con {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="342" />
      <source>mtmd_helper_decode_image_chunk failed with {}</source>
      <translation>mtmd_helper_decode_image_chunk falló con {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="347" />
      <source>The prompt ends with an image: no text before the answer</source>
      <translation>El prompt termina con una imagen: no hay texto antes de la respuesta</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="45" />
      <source>No server URL is set. Give the OpenAI-compatible base URL (e.g. http://127.0.0.1:8080/v1) in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>No hay URL de servidor. Indique la URL base compatible con OpenAI (p. ej. http://127.0.0.1:8080/v1) en la configuración del complemento o en $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="81" />
      <location filename="../core/inference/server_pool.py" line="119" />
      <source>The server engine is closed.</source>
      <translation>El motor del servidor está cerrado.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="126" />
      <source>The server at {} did not answer with a chat completion: {!r}</source>
      <translation>El servidor en {} no respondió con una chat completion: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="129" />
      <source>The server at {} answered no text: {!r}</source>
      <translation>El servidor en {} no respondió ningún texto: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="155" />
      <location filename="../core/inference/server_http.py" line="234" />
      <source>{} (tried {} times)</source>
      <translation>{} (intentado {} veces)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="185" />
      <source>{} (tried {} times, on every server of the pool)</source>
      <translation>{} (intentado {} veces, en cada servidor del grupo)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="81" />
      <source>{} (The server URL is in the plugin settings or $DEFORESTATION_SERVER_URL; the key in the plugin settings or $DEFORESTATION_SERVER_API_KEY.)</source>
      <translation>{} (La URL del servidor está en la configuración del complemento o en $DEFORESTATION_SERVER_URL; la clave, en la configuración del complemento o en $DEFORESTATION_SERVER_API_KEY.)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="135" />
      <source>{} Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>{} Compruebe la URL del servidor en la configuración del complemento (o $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="146" />
      <source>What answers at {} is not an HTTP server ({!r}). Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>Lo que responde en {} no es un servidor HTTP ({!r}). Compruebe la URL del servidor en la configuración del complemento (o $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="164" />
      <source>The server at {} answered something that is not JSON: {!r}</source>
      <translation>El servidor en {} respondió algo que no es JSON: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="180" />
      <source>The server at {} refused the request (HTTP {}): the API key is missing or wrong. Set the server's key in the plugin settings (stored in the QGIS authentication database) or in $DEFORESTATION_SERVER_API_KEY.</source>
      <translation>El servidor en {} rechazó la solicitud (HTTP {}): falta la clave de API o es incorrecta. Defina la clave del servidor en la configuración del complemento (guardada en la base de autenticación de QGIS) o en $DEFORESTATION_SERVER_API_KEY.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="186" />
      <source>No OpenAI-compatible endpoint at {} (HTTP 404). The server URL must be the base URL that serves /chat/completions and /models, e.g. http://127.0.0.1:8080/v1.</source>
      <translation>No hay ningún endpoint compatible con OpenAI en {} (HTTP 404). La URL del servidor debe ser la URL base que sirve /chat/completions y /models, p. ej. http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="200" />
      <source>The server at {} refused the request (HTTP {}): {}{}</source>
      <translation>El servidor en {} rechazó la solicitud (HTTP {}): {}{}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="239" />
      <source>{}/models is not an OpenAI-compatible model list: {}</source>
      <translation>{}/models no es una lista de modelos compatible con OpenAI: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="245" />
      <source>The server at {} lists no model at {}/models: {!r}. Is it an OpenAI-compatible server with a model loaded?</source>
      <translation>El servidor en {} no lista ningún modelo en {}/models: {!r}. ¿Es un servidor compatible con OpenAI con un modelo cargado?</translation>
    </message>
    <message>
      <location filename="../core/inference/server_pool.py" line="75" />
      <location filename="../core/inference/server_pool.py" line="145" />
      <source>No server of the pool answers: {}</source>
      <translation>Ningún servidor del grupo responde: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="78" />
      <source>'{}' is not a server URL. Give the OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1, in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>'{}' no es una URL de servidor. Indique la URL base compatible con OpenAI, p. ej. http://127.0.0.1:8080/v1, en la configuración del complemento o en $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="93" />
      <source>Unknown response format '{}': use one of {}.</source>
      <translation>Formato de respuesta desconocido '{}': use uno de {}.</translation>
    </message>
    <message>
      <location filename="../core/output/input_style.py" line="76" />
      <source>Select a Sentinel-2 raster file layer (GeoTIFF, VRT or SENTINEL2 product) in the Layers panel first.</source>
      <translation>Seleccione primero una capa de archivo ráster Sentinel-2 (GeoTIFF, VRT o producto SENTINEL2) en el panel Capas.</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="61" />
      <source>Standing forest</source>
      <translation>Bosque en pie</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="62" />
      <source>Recently cleared</source>
      <translation>Talado recientemente</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="114" />
      <location filename="../processing_provider/field_project.py" line="63" />
      <source>Long-term non-forest</source>
      <translation>No bosque de largo plazo</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="120" />
      <source>Reviewed: confirmed (black outline)</source>
      <translation>Revisada: confirmada (contorno negro)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="121" />
      <source>Reviewed: corrected (magenta outline)</source>
      <translation>Revisada: corregida (contorno magenta)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="122" />
      <source>Reviewed: unclear (yellow outline)</source>
      <translation>Revisada: dudosa (contorno amarillo)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="139" />
      <source>Not classified (no data, partial tile, cloud or error)</source>
      <translation>Sin clasificar (sin datos, tesela parcial, nube o error)</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="82" />
      <source>OUTPUT must be a GeoPackage (.gpkg), not '{}'. Choose a .gpkg file name.</source>
      <translation>OUTPUT debe ser un GeoPackage (.gpkg), no '{}'. Elija un nombre de archivo .gpkg.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="86" />
      <source>Cannot resume: {} holds no layer of tiles (it was left unfinished, or it is not an output of this algorithm). Nothing was changed. Set OVERWRITE to replace it, or choose another OUTPUT file name.</source>
      <translation>No se puede reanudar: {} no contiene una capa de teselas (quedó sin terminar, o no es una salida de este algoritmo). No se cambió nada. Active OVERWRITE para reemplazarla, o elija otro nombre de archivo OUTPUT.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="92" />
      <source>OUTPUT {} already exists{}. Nothing was changed. Set RESUME to continue it with the same settings, choose another OUTPUT file name, or set OVERWRITE to replace it (its tiles and review decisions are then deleted).</source>
      <translation>OUTPUT {} ya existe{}. No se cambió nada. Active RESUME para continuarla con los mismos ajustes, elija otro nombre de archivo OUTPUT, o active OVERWRITE para reemplazarla (sus teselas y decisiones de revisión se borran entonces).</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="206" />
      <source>Cannot write the output {}: {}. Choose a folder you can write to.</source>
      <translation>No se puede escribir la salida {}: {}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="230" />
      <source>Cannot put the output in place at {}: {}. Close any program that holds it open (another QGIS layer, a file explorer preview) and run again.</source>
      <translation>No se puede colocar la salida en {}: {}. Cierre cualquier programa que la tenga abierta (otra capa de QGIS, una vista previa del explorador de archivos) y ejecute de nuevo.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="248" />
      <source>Cannot resume: {} is not a readable GeoPackage ({}). Choose another OUTPUT, or set OVERWRITE to replace it.</source>
      <translation>No se puede reanudar: {} no es un GeoPackage legible ({}). Elija otra OUTPUT, o active OVERWRITE para reemplazarla.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="294" />
      <source>it was made from another raster: {} (the output), not {} (now). One layer must not mix two rasters or dates</source>
      <translation>se hizo a partir de otro ráster: {} (la salida), no {} (ahora). Una capa no debe mezclar dos rásteres o fechas</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="301" />
      <source>Cannot resume into {}: {}. Nothing was changed. Run with the settings it was made with, choose another OUTPUT file name, or set OVERWRITE to replace it.</source>
      <translation>No se puede reanudar en {}: {}. No se cambió nada. Ejecute con los ajustes con que se hizo, elija otro nombre de archivo OUTPUT, o active OVERWRITE para reemplazarla.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="108" />
      <source>The extent does not overlap the raster. Choose an extent inside the raster (or leave EXTENT empty to use the whole raster).</source>
      <translation>La extensión no se superpone al ráster. Elija una extensión dentro del ráster (o deje EXTENT vacío para usar el ráster entero).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="115" />
      <source>The extent is empty: no 1 km tile intersects it.</source>
      <translation>La extensión está vacía: ninguna tesela de 1 km la interseca.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="208" />
      <source>tile 1 of {}</source>
      <translation>tesela 1 de {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="209" />
      <source>tile {} of {}, about {} left</source>
      <translation>tesela {} de {}, quedan unos {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="263" />
      <source>The model gave no valid label on {} tiles in a row; last answer: {}. Check that the model is the model card's (MODEL and MMPROJ, or the model the server runs).</source>
      <translation>El modelo no dio ninguna etiqueta válida en {} teselas seguidas; última respuesta: {}. Compruebe que el modelo sea el de la ficha del modelo (MODEL y MMPROJ, o el modelo que ejecuta el servidor).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="329" />
      <source>The model failed on a group of {} tiles ({}: {}); they are classified one by one.</source>
      <translation>El modelo falló en un grupo de {} teselas ({}: {}); se clasifican una a una.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="33" />
      <source>Unknown audit status {!r}.</source>
      <translation>Estado de auditoría desconocido {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="35" />
      <source>Tile {} has no decision to audit yet: review it first.</source>
      <translation>El tile {} aún no tiene decisión que auditar: revíselo primero.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="39" />
      <source>An audit needs the auditor's name: fill in 'Reviewer' in the dock's settings.</source>
      <translation>Una auditoría necesita el nombre del auditor: complete 'Revisor' en la configuración del panel.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="42" />
      <source>Tile {} was reviewed by {}: a second look must be another person's. Audit it under another name, or leave it to another auditor.</source>
      <translation>El tile {} fue revisado por {}: la segunda revisión debe ser de otra persona. Audítelo con otro nombre o déjelo a otro auditor.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="56" />
      <source>{} of {} audited</source>
      <translation>{} de {} auditados</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="79" />
      <source>Cannot tell where tile {!r} lies.</source>
      <translation>No se puede saber dónde está la tesela {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="91" />
      <source>The grid CRS of tile {} is unknown.</source>
      <translation>El SRC de la cuadrícula de la tesela {} es desconocido.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="142" />
      <source>{} of {} reviewed</source>
      <translation>{} de {} revisadas</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="187" />
      <source>Unknown review status {!r}.</source>
      <translation>Estado de revisión desconocido {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="190" />
      <source>Cannot correct to {!r}: not one of {}.</source>
      <translation>No se puede corregir a {!r}: no es uno de {}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="197" />
      <source>Tile {} has no class to confirm; correct it to a class instead.</source>
      <translation>La tesela {} no tiene clase que confirmar; corríjala a una clase.</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="44" />
      <source>Agriculture or pasture rotation</source>
      <translation>Rotación de agricultura o pastizal</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="45" />
      <source>Plantation harvest</source>
      <translation>Cosecha de plantación forestal</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="46" />
      <source>Seasonal or phenology change</source>
      <translation>Cambio estacional o fenológico</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="47" />
      <source>Cloud or shadow</source>
      <translation>Nube o sombra</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="48" />
      <source>Water level</source>
      <translation>Nivel del agua</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="49" />
      <source>Burn without clearing</source>
      <translation>Quema sin deforestación</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="50" />
      <source>Cleared before the BEFORE date</source>
      <translation>Deforestado antes de la fecha BEFORE</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="51" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="69" />
      <source>Unknown reason {!r}: use one of {}.</source>
      <translation>Motivo desconocido {!r}: use uno de {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="165" />
      <source>The layer '{}' is read-only, so decisions cannot be stored. Save it as a GeoPackage (Export &gt; Save Features As) and review the copy.</source>
      <translation>La capa '{}' es de solo lectura, así que no se pueden guardar decisiones. Guárdela como GeoPackage (Exportar &gt; Guardar objetos como) y revise la copia.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="192" />
      <source>The layer '{}' is in edit mode. Save or discard its edits (toggle editing off), then review: decisions are saved as they are made.</source>
      <translation>La capa '{}' está en modo edición. Guarde o descarte sus ediciones (desactive la edición) y luego revise: las decisiones se guardan a medida que se toman.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="198" />
      <source>Cannot add the review fields to '{}': its format does not allow new fields. Save it as a GeoPackage and review the copy.</source>
      <translation>No se pueden añadir los campos de revisión a '{}': su formato no admite campos nuevos. Guárdela como GeoPackage y revise la copia.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="204" />
      <source>Cannot add the review fields to '{}': {}.</source>
      <translation>No se pueden añadir los campos de revisión a '{}': {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="206" />
      <source>the data source refused them</source>
      <translation>la fuente de datos los rechazó</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="210" />
      <source>The review fields {} could not be added.</source>
      <translation>No se pudieron añadir los campos de revisión {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="259" />
      <source>The layer has no field {}.</source>
      <translation>La capa no tiene el campo {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="276" />
      <source>The decision on tile {} could not be entered in the open edits of '{}' (it is saved in the file).</source>
      <translation>No se pudo introducir la decisión sobre la tesela {} en las ediciones abiertas de '{}' (está guardada en el archivo).</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="279" />
      <source>The decision on tile {} could not be entered in the open edits of '{}'.</source>
      <translation>No se pudo introducir la decisión sobre la tesela {} en las ediciones abiertas de '{}'.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="287" />
      <source>The decision on tile {} could not be saved: the layer '{}' cannot be edited.</source>
      <translation>No se pudo guardar la decisión sobre la tesela {}: la capa '{}' no se puede editar.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="299" />
      <location filename="../core/review/store.py" line="306" />
      <source>The decision on tile {} could not be saved: {}.</source>
      <translation>No se pudo guardar la decisión sobre la tesela {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="63" />
      <source>{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.</source>
      <translation>{} teselas de 1 km en {}; bandas NIR={}, Rojo={}, Verde={}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="65" />
      <source>Tile grid {}: {}.</source>
      <translation>Cuadrícula de teselas {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="116" />
      <source>Device: {}</source>
      <translation>Dispositivo: {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="127" />
      <source>{} The tiles done so far are saved in {}; run again with RESUME to continue.</source>
      <translation>{} Las teselas hechas hasta ahora están guardadas en {}; ejecute de nuevo con RESUME para continuar.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="132" />
      <source>Tiles per server:
{}</source>
      <translation>Teselas por servidor:
{}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="171" />
      <source>The extent covers {} tiles of 1 km ({}), more than MAX_TILES = {}. Zoom in or set EXTENT to a smaller area, or raise MAX_TILES to {} to run it anyway.</source>
      <translation>La extensión cubre {} teselas de 1 km ({}), más que MAX_TILES = {}. Acérquese o ponga en EXTENT un área menor, o suba MAX_TILES a {} para ejecutarla de todos modos.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="196" />
      <source>Cannot create the output folder {}: {}. Choose a folder you can write to.</source>
      <translation>No se puede crear la carpeta de salida {}: {}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="200" />
      <source>Cannot write the output {}: permission denied. Choose a folder you can write to.</source>
      <translation>No se puede escribir la salida {}: permiso denegado. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="206" />
      <source>SCALE must be above 0 (DN = raw x SCALE + OFFSET), not {}. Leave it empty for automatic.</source>
      <translation>SCALE debe ser mayor que 0 (DN = bruto x SCALE + OFFSET), no {}. Déjelo vacío para automático.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="212" />
      <source>Part of the streamed scene cannot be read ({}): the tiles that need it will be ERROR; RESUME retries them.</source>
      <translation>No se puede leer parte de la escena transmitida ({}): las teselas que la necesitan quedarán ERROR; RESUME las reintenta.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="217" />
      <source>The raster's values cannot be read: {}. Check the file; for a scene fetched by deforestation:fetch_sentinel2, fetch it again.</source>
      <translation>No se pueden leer los valores del ráster: {}. Compruebe el archivo; para una escena descargada con deforestation:fetch_sentinel2, descárguela de nuevo.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="225" />
      <source>Values: {}.</source>
      <translation>Valores: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="227" />
      <source>Values: used as DN (surface reflectance x 10000) as they are.</source>
      <translation>Valores: usados como DN (reflectancia de superficie x 10000) tal como están.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="230" />
      <source>This looks like a Sentinel-2 L1C (top-of-atmosphere) product. The model was trained on L2A surface reflectance: expect less reliable labels; use the L2A product of the same date if you can.</source>
      <translation>Parece un producto Sentinel-2 L1C (tope de la atmósfera). El modelo se entrenó con reflectancia de superficie L2A: espere etiquetas menos fiables; use el producto L2A de la misma fecha si puede.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="244" />
      <source>RC_THRESHOLD needs class probabilities, which the recipe engine does not give; it is ignored. Use the fast scoring engine.</source>
      <translation>RC_THRESHOLD necesita las probabilidades de las clases, que el motor de la receta no da; se ignora. Use el motor rápido de puntuación.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="257" />
      <source>Cannot create the chips folder {}: {}</source>
      <translation>No se puede crear la carpeta de recortes {}: {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="270" />
      <source>Cloud mask: the fetched scene's SCL {} (CLOUD_MASK not given).</source>
      <translation>Máscara de nubes: la SCL de la escena descargada {} (CLOUD_MASK no indicado).</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="287" />
      <source>Cloud mask read as {}.</source>
      <translation>Máscara de nubes leída como {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>SCL (classes 3, 8, 9, 10)</source>
      <translation>SCL (clases 3, 8, 9, 10)</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>non-zero = cloud</source>
      <translation>distinto de cero = nube</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="297" />
      <source>The cloud mask {} has no data over {} tiles (outside it, or its nodata): their cloud_fraction is empty and they were classified without cloud gating. Use a mask that covers the whole extent to gate them.</source>
      <translation>La máscara de nubes {} no tiene datos sobre {} teselas (fuera de ella, o su nodata): su cloud_fraction está vacío y se clasificaron sin filtro de nubes. Use una máscara que cubra toda la extensión para filtrarlas.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="321" />
      <source>Resuming: {} tiles of this extent already done, same model, settings and raster.</source>
      <translation>Reanudando: {} teselas de esta extensión ya hechas, mismo modelo, ajustes y ráster.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="356" />
      <source>The last tiles could not be saved to {}: {}. The tiles committed before are kept.</source>
      <translation>Las últimas teselas no se pudieron guardar en {}: {}. Las teselas guardadas antes se conservan.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="367" />
      <source>Cancelled after {} of {} tiles; the output holds the tiles done. Run again with RESUME to finish.</source>
      <translation>Cancelado tras {} de {} teselas; la salida contiene las teselas hechas. Ejecute de nuevo con RESUME para terminar.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="372" />
      <source>Every tile is NO_DATA: the extent holds no valid pixel of the raster (DN 0 or nodata). Check the extent and the raster's nodata value.</source>
      <translation>Todas las teselas son NO_DATA: la extensión no contiene ningún píxel válido del ráster (DN 0 o nodata). Compruebe la extensión y el valor nodata del ráster.</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="97" />
      <source>, {:.2f} s per tile</source>
      <translation>, {:.2f} s por tesela</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="99" />
      <source> ({} already done)</source>
      <translation> ({} ya hechas)</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="101" />
      <source>Cancelled: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Cancelado: {} de {} teselas{} en {} en {}{}. {}. Salida: {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="102" />
      <source>Done: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Hecho: {} de {} teselas{} en {} en {}{}. {}. Salida: {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="104" />
      <source>an unknown device</source>
      <translation>un dispositivo desconocido</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="105" />
      <source>No new tiles</source>
      <translation>Ninguna tesela nueva</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="116" />
      <source>a time that depends on the server</source>
      <translation>un tiempo que depende del servidor</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="119" />
      <source>about {} on a 2-core CPU</source>
      <translation>unos {} en una CPU de 2 núcleos</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="102" />
      <source>Unknown platform {!r}: choose among {}.</source>
      <translation>Plataforma desconocida {!r}: elija entre {}.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="106" />
      <source>Model file not found: {}. Download the model first (plugin settings), or give the folder that holds it.</source>
      <translation>Archivo del modelo no encontrado: {}. Descargue primero el modelo (configuración del complemento) o indique la carpeta que lo contiene.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="113" />
      <source>{}/{}: no prebuilt build for this platform, skipped</source>
      <translation>{}/{}: no hay compilación precompilada para esta plataforma, se omite</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="127" />
      <source>{}: pip download of {} failed, left out (no prebuilt wheel, or no network: pip's reason is in bundle.json)</source>
      <translation>{}: el pip download de {} falló, se deja fuera (sin wheel precompilado, o sin red: el motivo de pip está en bundle.json)</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="132" />
      <source>{}: {} wheels</source>
      <translation>{}: {} wheels</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="148" />
      <source>Cancelled: the bundle is incomplete and has no {}. Write it again to use it.</source>
      <translation>Cancelado: el paquete está incompleto y no tiene {}. Escríbalo de nuevo para usarlo.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="157" />
      <source>{} is not an offline bundle (no readable {}: {}). Choose the folder `make offline-bundle` wrote.</source>
      <translation>{} no es un paquete sin conexión (falta un {} legible: {}). Elija la carpeta que escribió `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="169" />
      <source>The bundle has no wheels for {} (it has: {}). Write a bundle for this platform with `make offline-bundle`, or choose another backend.</source>
      <translation>El paquete no tiene wheels para {} (tiene: {}). Escriba un paquete para esta plataforma con `make offline-bundle` o elija otro backend.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="175" />
      <location filename="../installer/offline_bundle.py" line="189" />
      <source>{} is missing or damaged (its SHA-256 differs from bundle.json): copy the bundle again.</source>
      <translation>{} falta o está dañado (su SHA-256 difiere del de bundle.json): copie el paquete de nuevo.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="81" />
      <source>Cannot find QGIS's Python {} with pip (tried: {}). Set {} to its interpreter, or install pip for it (Debian/Ubuntu: apt install python3-pip; OSGeo4W: the python3-pip package).</source>
      <translation>No se encuentra el Python {} de QGIS con pip (intentado: {}). Defina {} con su intérprete o instale pip para él (Debian/Ubuntu: apt install python3-pip; OSGeo4W: el paquete python3-pip).</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="135" />
      <source>Unknown backend {!r}; choose one of {}.</source>
      <translation>Backend desconocido {!r}; elija uno de {}.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="172" />
      <source>Cannot start {}: {}</source>
      <translation>No se puede iniciar {}: {}</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="190" />
      <source>Installation cancelled.</source>
      <translation>Instalación cancelada.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="191" />
      <source>Installation stopped after {} s.</source>
      <translation>Instalación detenida tras {} s.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="222" />
      <source>Cannot create {}: {}. Set {} to a writable folder.</source>
      <translation>No se puede crear {}: {}. Defina {} como una carpeta con permiso de escritura.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="238" />
      <source>pip failed (exit code {}). See the log above: there is no prebuilt wheel of {} for this backend and platform, and the source build needs {}. Try another backend (CPU works everywhere), another prebuilt wheel index in the plugin settings, or the managed local llama-server backend, which never compiles.</source>
      <translation>pip falló (código de salida {}). Vea el registro de arriba: no hay wheel precompilada de {} para este backend y plataforma, y la compilación desde el código fuente necesita {}. Pruebe otro backend (la CPU funciona en todas partes), otro índice de wheels precompiladas en la configuración del complemento o el backend llama-server local gestionado, que nunca compila.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="251" />
      <source>{} was installed into {} but cannot be imported (see the log). Try another backend, or the CPU backend.</source>
      <translation>{} se instaló en {} pero no se puede importar (vea el registro). Pruebe otro backend o el backend de CPU.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="37" />
      <source>No QGIS profile folder to install into; set {}.</source>
      <translation>No hay carpeta de perfil de QGIS donde instalar; defina {}.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="70" />
      <source>llama-cpp-python is not installed in QGIS's Python</source>
      <translation>llama-cpp-python no está instalado en el Python de QGIS</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="81" />
      <source>llama-cpp-python is installed but cannot be loaded: {}</source>
      <translation>llama-cpp-python está instalado pero no se puede cargar: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="67" />
      <source>This computer looks offline, or its network needs a proxy: check the connection and the proxy in QGIS Settings &gt; Options &gt; Network, then download again. Or fetch the two files another way (the download dialog shows their links) and choose them with 'Use files already on this computer...'.</source>
      <translation>Este ordenador parece no tener conexión, o su red necesita un proxy: compruebe la conexión y el proxy en Configuración &gt; Opciones &gt; Red de QGIS y vuelva a descargar. O consiga los dos archivos de otra manera (el diálogo de descarga muestra sus enlaces) y elíjalos con 'Usar archivos que ya están en este ordenador...'.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="172" />
      <source>Resuming {} at {:.1f} MB.</source>
      <translation>Reanudando {} en {:.1f} MB.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="204" />
      <source>Cannot reach {} to download {}: {}. {}</source>
      <translation>No se puede llegar a {} para descargar {}: {}. {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="207" />
      <source>{:.1f} MB of {:.1f} MB</source>
      <translation>{:.1f} MB de {:.1f} MB</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="208" />
      <source>{:.1f} MB</source>
      <translation>{:.1f} MB</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="210" />
      <source>Download of {} interrupted at {}: {}. Run it again: it resumes there.</source>
      <translation>La descarga de {} se interrumpió en {}: {}. Ejecútela de nuevo: se reanuda ahí.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="220" />
      <source>Download of {} ended with {:,} bytes instead of {:,}; the partial file was deleted. Run the download again.</source>
      <translation>La descarga de {} terminó con {:,} bytes en lugar de {:,}; se eliminó el archivo parcial. Ejecute la descarga de nuevo.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="226" />
      <source>{} does not match the SHA-256 the server publishes for it (expected {}, got {}): the download was corrupted or the file changed, and it was deleted. Run the download again.</source>
      <translation>{} no coincide con el SHA-256 que el servidor publica para él (se esperaba {}, se obtuvo {}): la descarga se dañó o el archivo cambió, y se eliminó. Ejecute la descarga de nuevo.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="233" />
      <source>{} downloaded from {} is not the file this computer recorded at its first download: expected SHA-256 {} (recorded in {}, {}), got {}. The file on the server changed; it was refused and deleted. If the change is intended (a new version of the model), remove the entry "{}" from {} and download again.</source>
      <translation>{} descargado de {} no es el archivo que este ordenador registró en su primera descarga: SHA-256 esperado {} (registrado en {}, {}), obtenido {}. El archivo del servidor cambió; se rechazó y eliminó. Si el cambio es intencionado (una nueva versión del modelo), quite la entrada "{}" de {} y descargue de nuevo.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="245" />
      <source>The file downloaded from {} was refused and deleted: {}</source>
      <translation>El archivo descargado de {} fue rechazado y eliminado: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="311" />
      <source>Downloading {} from {}/{} into {}. Licence: {}</source>
      <translation>Descargando {} de {}/{} en {}. Licencia: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="320" />
      <source>{} (about {:.1f} MB) from {}</source>
      <translation>{} (unos {:.1f} MB) de {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="350" />
      <source>Revision {} (asked for, instead of the pinned or recorded one).</source>
      <translation>Revisión {} (pedida, en lugar de la fijada o registrada).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="354" />
      <source>Revision {} (pinned by this plugin version).</source>
      <translation>Revisión {} (fijada por esta versión del complemento).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="361" />
      <source>Revision {} (recorded at the first download in {}).</source>
      <translation>Revisión {} (registrada en la primera descarga en {}).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="370" />
      <source>Revision {}: what '{}' is now, recorded in {}; later downloads use this commit.</source>
      <translation>Revisión {}: lo que '{}' es ahora, registrado en {}; las próximas descargas usan este commit.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="374" />
      <source>The hub did not say which commit '{}' is: downloading from '{}', and the files' own SHA-256 are recorded at this first download.</source>
      <translation>El repositorio no indicó qué commit es '{}': se descarga de '{}' y el SHA-256 de los propios archivos se registra en esta primera descarga.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="401" />
      <source>The hub published no SHA-256 for {}: its own SHA-256 {} was recorded in {} (trust on first use); later downloads and loads must match it.</source>
      <translation>El repositorio no publicó SHA-256 para {}: su propio SHA-256 {} se registró en {} (confianza en el primer uso); las próximas descargas y cargas deben coincidir con él.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="97" />
      <source>{} Check HF_ENDPOINT: the model hub answers with http(s) addresses only.</source>
      <translation>{} Compruebe HF_ENDPOINT: el repositorio de modelos solo responde con direcciones http(s).</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="114" />
      <source>The server answered a different byte range ({!r}) than the one asked (from {}). Delete the .part file and try again.</source>
      <translation>El servidor respondió un rango de bytes distinto ({!r}) del pedido (desde {}). Elimine el archivo .part e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="121" />
      <source>Unexpected HTTP status {}.</source>
      <translation>Estado HTTP inesperado {}.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="133" />
      <source>The repository needs authentication; check the URL and HF_ENDPOINT.</source>
      <translation>El repositorio exige autenticación; compruebe la URL y HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="134" />
      <source>Access denied; check the URL, HF_ENDPOINT and the QGIS proxy settings.</source>
      <translation>Acceso denegado; compruebe la URL, HF_ENDPOINT y la configuración de proxy de QGIS.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="135" />
      <source>Not found: check HF_ENDPOINT and that the model card still publishes this file.</source>
      <translation>No encontrado: compruebe HF_ENDPOINT y que la ficha del modelo siga publicando este archivo.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="137" />
      <source>Try again later; the download resumes where it stopped.</source>
      <translation>Inténtelo más tarde; la descarga se reanuda donde se detuvo.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="138" />
      <source>Download of {} failed: HTTP {} {}. {}</source>
      <translation>La descarga de {} falló: HTTP {} {}. {}</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="44" />
      <source>{} (derivative of LiquidAI's LFM2.5-VL-450M): research and non-commercial use; commercial-scale use only after reviewing Section 5 of the licence.</source>
      <translation>{} (derivado de LFM2.5-VL-450M de LiquidAI): investigación y uso no comercial; uso a escala comercial solo tras revisar la Sección 5 de la licencia.</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="127" />
      <source>Licence: {}</source>
      <translation>Licencia: {}</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="73" />
      <source>{} Check HF_ENDPOINT.</source>
      <translation>{} Compruebe HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="189" />
      <source>{} It was not followed. Check HF_ENDPOINT.</source>
      <translation>{} No se siguió la redirección. Compruebe HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="56" />
      <source>The model trust record {} cannot be read ({}).</source>
      <translation>No se puede leer el registro de confianza del modelo {} ({}).</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="65" />
      <source>The model trust record {} is damaged ({}); the model files in that folder are not loaded. Delete {} together with the two .gguf files and download them again.</source>
      <translation>El registro de confianza del modelo {} está dañado ({}); los archivos de modelo de esa carpeta no se cargan. Elimine {} junto con los dos archivos .gguf y descárguelos de nuevo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="93" />
      <source>{} ends inside its GGUF header: the file is truncated. {}</source>
      <translation>{} termina dentro de su cabecera GGUF: el archivo está truncado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="107" />
      <source>{}: implausible {} ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{}: {} inverosímil ({}) en la cabecera GGUF; el archivo está dañado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="115" />
      <source>{}: implausible string length ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{}: longitud de cadena inverosímil ({}) en la cabecera GGUF; el archivo está dañado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="146" />
      <source>{}: unknown GGUF value type {}; the file is corrupt or from a newer format. {}</source>
      <translation>{}: tipo de valor GGUF desconocido {}; el archivo está dañado o es de un formato más reciente. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="159" />
      <source>Delete the file and download it again (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model), or copy the model card's file there.</source>
      <translation>Elimine el archivo y descárguelo de nuevo (Configuración &gt; Opciones &gt; Clasificador de Deforestación &gt; Descargar modelo), o copie allí el archivo de la ficha del modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="176" />
      <source>{} is not a GGUF file (it starts with {!r}{}{}). {}</source>
      <translation>{} no es un archivo GGUF (empieza por {!r}{}{}). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="177" />
      <source>, it is empty</source>
      <translation>, está vacío</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="182" />
      <source>{}: unsupported GGUF version {} (expected 2 or 3). {}</source>
      <translation>{}: versión GGUF {} no admitida (se esperaba 2 o 3). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="201" />
      <source>{}: tensor {!r} has {} dimensions; the file is corrupt. {}</source>
      <translation>{}: el tensor {!r} tiene {} dimensiones; el archivo está dañado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="225" />
      <source>; it looks like a web page or an error message saved in place of the model</source>
      <translation>; parece una página web o un mensaje de error guardado en lugar del modelo</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="234" />
      <source>{} is truncated: {:,} bytes on disk, but its tensor table needs {:,}. The download was probably interrupted. {}</source>
      <translation>{} está truncado: {:,} bytes en disco, pero su tabla de tensores necesita {:,}. Probablemente la descarga se interrumpió. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="245" />
      <source>{} is a vision projector (mmproj), not the text model: the two files look swapped. Give the text model (v2_no_coords-Q4_K_M.gguf) as MODEL and the projector (mmproj-v2_no_coords-F16.gguf) as MMPROJ.</source>
      <translation>{} es un proyector de visión (mmproj), no el modelo de texto: los dos archivos parecen intercambiados. Indique el modelo de texto (v2_no_coords-Q4_K_M.gguf) como MODEL y el proyector (mmproj-v2_no_coords-F16.gguf) como MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="250" />
      <source>{} is a '{}' model, not the LFM2.5-VL text model (general.architecture '{}'). Use the model card's v2_no_coords-Q4_K_M.gguf.</source>
      <translation>{} es un modelo '{}', no el modelo de texto LFM2.5-VL (general.architecture '{}'). Use el v2_no_coords-Q4_K_M.gguf de la ficha del modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="255" />
      <source>{} has no token_embd.weight tensor: it is not a complete {} model. {}</source>
      <translation>{} no tiene el tensor token_embd.weight: no es un modelo {} completo. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="260" />
      <source>{} is a text model, not the vision projector: the two files look swapped. Give mmproj-v2_no_coords-F16.gguf as MMPROJ.</source>
      <translation>{} es un modelo de texto, no el proyector de visión: los dos archivos parecen intercambiados. Indique mmproj-v2_no_coords-F16.gguf como MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="265" />
      <source>{} is not an LFM2 vision projector (general.architecture '{}', clip.projector_type '{}'; expected 'clip' and '{}'). Use the model card's mmproj-v2_no_coords-F16.gguf.</source>
      <translation>{} no es un proyector de visión LFM2 (general.architecture '{}', clip.projector_type '{}'; se esperaba 'clip' y '{}'). Use el mmproj-v2_no_coords-F16.gguf de la ficha del modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="270" />
      <source>{} is a clip file without a vision encoder.</source>
      <translation>{} es un archivo clip sin codificador de visión.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="282" />
      <source>{} projects to {} dimensions but {} expects {}: the two files are not a pair. Use the text model and projector of the same model card.</source>
      <translation>{} proyecta a {} dimensiones pero {} espera {}: los dos archivos no forman un par. Use el modelo de texto y el proyector de la misma ficha del modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="291" />
      <source>{} is {:.1f} MB, but the model card's file is about {:.1f} MB: it is not the published file. {}</source>
      <translation>{} tiene {:.1f} MB, pero el archivo de la ficha del modelo tiene unos {:.1f} MB: no es el archivo publicado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="350" />
      <source>{} is {:,} bytes but {:,} were downloaded: the file was changed or damaged since. {}</source>
      <translation>{} tiene {:,} bytes pero se descargaron {:,}: el archivo se ha modificado o dañado desde entonces. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="356" />
      <source>{} does not match the SHA-256 recorded at download ({}... vs {}...): the file is corrupt. {}</source>
      <translation>{} no coincide con el SHA-256 registrado en la descarga ({}... frente a {}...): el archivo está dañado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="388" />
      <source>{} not found: {}</source>
      <translation>{} no encontrado: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="31" />
      <source>Alert report (PDF): a page per alert patch</source>
      <translation>Informe de alertas (PDF): una página por parche de alerta</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="40" />
      <location filename="../processing_provider/field_package_algorithm.py" line="65" />
      <source>Compared tiles (output of Compare two dates)</source>
      <translation>Tiles comparados (salida de Comparar dos fechas)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="42" />
      <source>Alert patches (optional)</source>
      <translation>Parches de alerta (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="44" />
      <location filename="../processing_provider/field_package_algorithm.py" line="67" />
      <source>Clearings (optional)</source>
      <translation>Deforestaciones (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="46" />
      <location filename="../processing_provider/compare_algorithm.py" line="94" />
      <location filename="../processing_provider/field_package_algorithm.py" line="69" />
      <source>Image of the earlier date (optional)</source>
      <translation>Imagen de la fecha anterior (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="48" />
      <location filename="../processing_provider/compare_algorithm.py" line="96" />
      <location filename="../processing_provider/field_package_algorithm.py" line="71" />
      <source>Image of the later date (optional)</source>
      <translation>Imagen de la fecha posterior (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="51" />
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="57" />
      <source>INPUT is not an output of Compare two dates: it lacks {}. Choose the compared tiles layer (OUTPUT of deforestation:compare).</source>
      <translation>INPUT no es una salida de Comparar dos fechas: le falta {}. Elija la capa de tiles comparados (OUTPUT de deforestation:compare).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="73" />
      <source>{} pages written to {}: a summary and {} alert patches.</source>
      <translation>{} páginas escritas en {}: un resumen y {} parches de alerta.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="82" />
      <source>{} cannot be read as a raster layer: give a Sentinel-2 raster with the B08 and B04 bands.</source>
      <translation>{} no se puede leer como capa ráster: indique un ráster Sentinel-2 con las bandas B08 y B04.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="94" />
      <source>{}: {} Give {} instead.</source>
      <translation>{}: {} Indique {} en su lugar.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="97" />
      <source>The source raster {} that {} records is not found (moved or deleted): give {}.</source>
      <translation>El ráster de origen {} que {} registra no se encuentra (movido o borrado): indique {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="116" />
      <source>{} must be a polygon layer (or, for REFERENCE_ALERTS, a raster).</source>
      <translation>{} debe ser una capa de polígonos (o, para REFERENCE_ALERTS, un ráster).</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="163" />
      <source>REFERENCE_ALERTS cannot be read: give a polygon layer or a raster of alerts.</source>
      <translation>REFERENCE_ALERTS no se puede leer: indique una capa de polígonos o un ráster de alertas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="39" />
      <source>The layer has no tile_id and class_label fields: use an output of Classify deforestation.</source>
      <translation>La capa no tiene los campos tile_id y class_label: use una salida de Clasificar deforestación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="52" />
      <source>Cancelled: the output would be incomplete, so none was written. Run the algorithm again to make it.</source>
      <translation>Cancelado: la salida quedaría incompleta, así que no se escribió. Ejecute el algoritmo de nuevo para crearla.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="92" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Clasificar deforestación (teselas de 1 km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="98" />
      <source>Sentinel-2 L2A raster</source>
      <translation>Ráster Sentinel-2 L2A</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="99" />
      <source>Extent</source>
      <translation>Extensión</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="100" />
      <source>NIR band (B08)</source>
      <translation>Banda NIR (B08)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="101" />
      <source>Red band (B04)</source>
      <translation>Banda roja (B04)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="102" />
      <source>Green band (B03)</source>
      <translation>Banda verde (B03)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="105" />
      <source>Scale from stored values to DN</source>
      <translation>Escala de los valores almacenados a DN</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="108" />
      <source>Offset added after the scale (DN)</source>
      <translation>Desplazamiento sumado después de la escala (DN)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="111" />
      <source>Text model (GGUF)</source>
      <translation>Modelo de texto (GGUF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="115" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Proyector de visión (mmproj GGUF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="119" />
      <source>Inference engine</source>
      <translation>Motor de inferencia</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="120" />
      <source>Fast scoring with class probabilities</source>
      <translation>Puntuación rápida con probabilidades de las clases</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="121" />
      <source>Model card recipe (chat completion, label only)</source>
      <translation>Receta de la ficha del modelo (chat completion, solo la etiqueta)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="124" />
      <location filename="../processing_provider/relabel_algorithm.py" line="47" />
      <source>RECENTLY_CLEARED probability threshold</source>
      <translation>Umbral de probabilidad de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="128" />
      <source>Cloud mask (SCL band or mask layer)</source>
      <translation>Máscara de nubes (banda SCL o capa de máscara)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="130" />
      <source>Cloud mask type</source>
      <translation>Tipo de máscara de nubes</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Automatic (SCL when named so)</source>
      <translation>Automático (SCL cuando se llama así)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Sentinel-2 SCL</source>
      <translation>SCL de Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="132" />
      <source>Non-zero means cloud</source>
      <translation>Distinto de cero significa nube</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="135" />
      <source>Maximum cloud cover per tile (%)</source>
      <translation>Cobertura máxima de nubes por tesela (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="139" />
      <source>Minimum valid-data fraction</source>
      <translation>Fracción mínima de datos válidos</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="143" />
      <source>Maximum number of tiles</source>
      <translation>Número máximo de teselas</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="147" />
      <source>Resume into an existing output</source>
      <translation>Reanudar en una salida existente</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="150" />
      <source>Overwrite an existing output</source>
      <translation>Sobrescribir una salida existente</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="153" />
      <source>Folder for the chips fed to the model</source>
      <translation>Carpeta para los recortes dados al modelo</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="156" />
      <source>Deforestation tiles</source>
      <translation>Teselas de deforestación</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="158" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="78" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="99" />
      <source>Tiles</source>
      <translation>Teselas</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="163" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="102" />
      <location filename="../ui/layer_tree.py" line="38" />
      <source>{} tiles</source>
      <translation>Teselas {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="222" />
      <location filename="../processing_provider/compare_algorithm.py" line="175" />
      <location filename="../processing_provider/relabel_algorithm.py" line="129" />
      <source>The style could not be saved: {}</source>
      <translation>No se pudo guardar el estilo: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="224" />
      <source>The layer metadata could not be saved: {}</source>
      <translation>No se pudieron guardar los metadatos de la capa: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="236" />
      <source>INPUT is not a raster layer.</source>
      <translation>INPUT no es una capa ráster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="239" />
      <source>INPUT must be a raster read by GDAL (a file, VRT or SENTINEL2 subdataset); this layer comes from the '{}' provider.</source>
      <translation>INPUT debe ser un ráster leído por GDAL (un archivo, VRT o subconjunto SENTINEL2); esta capa viene del proveedor '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="245" />
      <source>The raster '{}' has {} band(s); the classifier needs B03, B04 and B08 in one raster. For separate band files (one per band, as in a SAFE folder or an Earth Search download), run Processing Toolbox &gt; Deforestation Classifier &gt; 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first, then classify the VRT.</source>
      <translation>El ráster '{}' tiene {} banda(s); el clasificador necesita B03, B04 y B08 en un solo ráster. Para archivos de banda separados (uno por banda, como en una carpeta SAFE o una descarga de Earth Search), ejecute antes Caja de herramientas de Procesos &gt; Clasificador de Deforestación &gt; 'Apilar archivos de banda Sentinel-2 (B03, B04, B08) en un VRT' y luego clasifique el VRT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="81" />
      <source>Compare two dates: deforestation alerts and patches</source>
      <translation>Comparar dos fechas: alertas y parches de deforestación</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="87" />
      <source>Tiles of the earlier date (optional)</source>
      <translation>Teselas de la fecha anterior (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="90" />
      <source>Tiles of the later date</source>
      <translation>Teselas de la fecha posterior</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="98" />
      <source>Minimum clearing area (ha)</source>
      <translation>Superficie mínima de desmonte (ha)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="101" />
      <source>Overlay: protected areas, properties, concessions (optional)</source>
      <translation>Superposición: áreas protegidas, predios, concesiones (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="104" />
      <source>Overlay field naming each polygon</source>
      <translation>Campo de la superposición que nombra cada polígono</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="107" />
      <source>Reference alerts of another system (optional)</source>
      <translation>Alertas de referencia de otro sistema (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="111" />
      <source>Compared tiles</source>
      <translation>Teselas comparadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="113" />
      <source>Alert patches</source>
      <translation>Parches de alerta</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="118" />
      <source>Folder for GeoJSON, KML and CSV exports</source>
      <translation>Carpeta para exportaciones GeoJSON, KML y CSV</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="121" />
      <source>Patches</source>
      <translation>Parches</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="123" />
      <source>Tiles compared</source>
      <translation>Teselas comparadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="124" />
      <source>Tiles only in BEFORE</source>
      <translation>Teselas solo en BEFORE</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="125" />
      <source>Tiles only in AFTER</source>
      <translation>Teselas solo en AFTER</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="127" />
      <source>Tiles without a class in one of the dates</source>
      <translation>Teselas sin clase en una de las fechas</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="17" />
      <source>Diagnostics report (to paste when something goes wrong)</source>
      <translation>Informe de diagnóstico (para pegar cuando algo falla)</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="22" />
      <source>Diagnostics report</source>
      <translation>Informe de diagnóstico</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="31" />
      <source>Cannot write the report to {} ({}). Choose a file in a folder you can write to.</source>
      <translation>No se puede escribir el informe en {} ({}). Elija un archivo en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="34" />
      <source>Diagnostics written to {} ({} lines). Read it before you share it.</source>
      <translation>Diagnóstico escrito en {} ({} líneas). Léalo antes de compartirlo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="35" />
      <source>Evaluate classified tiles against reference labels</source>
      <translation>Evaluar teselas clasificadas frente a etiquetas de referencia</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="41" />
      <source>Tiles with predicted and reference labels</source>
      <translation>Teselas con etiquetas predichas y de referencia</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="46" />
      <source>Predicted label field</source>
      <translation>Campo de la etiqueta predicha</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="49" />
      <source>Reference label field</source>
      <translation>Campo de la etiqueta de referencia</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="52" />
      <source>Evaluation report</source>
      <translation>Informe de evaluación</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="53" />
      <source>HTML files (*.html)</source>
      <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="55" />
      <source>Accuracy</source>
      <translation>Exactitud</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="56" />
      <source>Macro F1</source>
      <translation>F1 macro</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="57" />
      <source>RECENTLY_CLEARED recall</source>
      <translation>Exhaustividad de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="58" />
      <source>Tiles evaluated</source>
      <translation>Teselas evaluadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="59" />
      <source>Tiles left out</source>
      <translation>Teselas dejadas fuera</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="74" />
      <source>PREDICTED_FIELD and REFERENCE_FIELD are both '{}'; choose the field with the model's class and the field with the true class.</source>
      <translation>PREDICTED_FIELD y REFERENCE_FIELD son ambos '{}'; elija el campo con la clase del modelo y el campo con la clase verdadera.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="125" />
      <source>{} '{}' is not a field of INPUT (fields: {}). Choose the field that holds the {} class.</source>
      <translation>{} '{}' no es un campo de INPUT (campos: {}). Elija el campo que contiene la clase {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="44" />
      <source>Fetch Sentinel-2 L2A over an area (Earth Search)</source>
      <translation>Descargar Sentinel-2 L2A sobre un área (Earth Search)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="48" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="49" />
      <source>Start date</source>
      <translation>Fecha inicial</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="51" />
      <source>End date</source>
      <translation>Fecha final</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="54" />
      <source>Maximum scene cloud cover (%)</source>
      <translation>Cobertura máxima de nubes de la escena (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="57" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="59" />
      <source>Collection</source>
      <translation>Colección</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="62" />
      <source>Every 1 km tile from its clearest acquisition</source>
      <translation>Cada tesela de 1 km de su adquisición más despejada</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="65" />
      <source>Copy the clipped bands to local GeoTIFFs</source>
      <translation>Copiar las bandas recortadas a GeoTIFF locales</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="68" />
      <source>Sentinel-2 VRT</source>
      <translation>VRT Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="69" />
      <source>SCL of the scene</source>
      <translation>SCL de la escena</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="70" />
      <source>STAC item ids</source>
      <translation>Ids de los elementos STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="71" />
      <source>Acquisition time (comma-separated with PER_TILE)</source>
      <translation>Hora de adquisición (separadas por comas con PER_TILE)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="80" />
      <source>EXTENT is empty: draw or choose an area.</source>
      <translation>EXTENT está vacía: dibuje o elija un área.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="104" />
      <source>Wrote {} (SCL {}).</source>
      <translation>Escrito {} (SCL {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="55" />
      <source>Merge field decisions into the compare output</source>
      <translation>Combinar las decisiones de campo en la salida de la comparación</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="64" />
      <source>Compared tiles (output of Compare two dates), written to</source>
      <translation>Teselas comparadas (salida de Comparar dos fechas), donde escribir</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="67" />
      <source>Field GeoPackage (from Field package, edited in the field)</source>
      <translation>GeoPackage de campo (del Paquete de campo, editado en campo)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="69" />
      <source>Field decisions written</source>
      <translation>Decisiones de campo escritas</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="70" />
      <source>Conflicts: the office's decision kept</source>
      <translation>Conflictos: se mantiene la decisión de la oficina</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="71" />
      <source>Tiles unchanged in the field</source>
      <translation>Teselas sin cambios en campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="60" />
      <source>Field package for QField: alerts, chips and the review form</source>
      <translation>Paquete de campo para QField: alertas, recortes y el formulario de revisión</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="73" />
      <source>Field package folder</source>
      <translation>Carpeta del paquete de campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="74" />
      <source>Field GeoPackage</source>
      <translation>GeoPackage de campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="75" />
      <source>Field project</source>
      <translation>Proyecto de campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="76" />
      <source>Tiles in the package</source>
      <translation>Teselas en el paquete</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="77" />
      <source>Chips attached</source>
      <translation>Recortes adjuntos</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="84" />
      <source>INPUT must be the compared tiles GeoPackage (OUTPUT of deforestation:compare); this layer lacks {}.</source>
      <translation>INPUT debe ser el GeoPackage de las teselas comparadas (OUTPUT de deforestation:compare); a esta capa le falta {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="86" />
      <source>a file</source>
      <translation>un archivo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="103" />
      <source>{} tiles, {} clearings and {} chips packaged in {}: open {} in QField.</source>
      <translation>{} teselas, {} desmontes y {} recortes empaquetados en {}: abra {} en QField.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="55" />
      <source>Confirmed: the model is right</source>
      <translation>Confirmado: el modelo acierta</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="56" />
      <source>Corrected: another class (for an alert, rejected)</source>
      <translation>Corregido: otra clase (para una alerta, rechazada)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="57" />
      <source>Unclear: cannot tell</source>
      <translation>Dudoso: no se puede saber</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="68" />
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <location filename="../processing_provider/field_project.py" line="123" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <source>Class seen</source>
      <translation>Clase vista</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="101" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="101" />
      <source>Reviewer</source>
      <translation>Revisor</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="102" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="102" />
      <source>Decided at (UTC)</source>
      <translation>Decidido el (UTC)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="103" />
      <source>Earlier image</source>
      <translation>Imagen anterior</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="104" />
      <source>Later image</source>
      <translation>Imagen posterior</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="112" />
      <source>A decision needs the reviewer's name.</source>
      <translation>Una decisión necesita el nombre del revisor.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="124" />
      <source>Chips</source>
      <translation>Recortes</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Tile</source>
      <translation>Tesela</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Audit (office)</source>
      <translation>Auditoría (oficina)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="144" />
      <source>Deforestation alerts: field review</source>
      <translation>Alertas de deforestación: revisión en campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="145" />
      <source>Alerts to review</source>
      <translation>Alertas por revisar</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="147" />
      <source>The field package {} cannot be read by QGIS.</source>
      <translation>QGIS no puede leer el paquete de campo {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="162" />
      <source>The project {} could not be written: {}</source>
      <translation>No se pudo escribir el proyecto {}: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="163" />
      <source>QGIS refused it</source>
      <translation>QGIS lo rechazó</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="72" />
      <source>Hansen reference labels for tiles</source>
      <translation>Etiquetas de referencia Hansen para teselas</translation>
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
      <translation>Primer año de la ventana de pérdida reciente</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="86" />
      <source>Last year of the recent-loss window</source>
      <translation>Último año de la ventana de pérdida reciente</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="88" />
      <source>Canopy threshold (%)</source>
      <translation>Umbral de dosel (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="90" />
      <source>Standing-forest fraction for STANDING_FOREST</source>
      <translation>Fracción de bosque en pie para STANDING_FOREST</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="93" />
      <source>Recent-loss fraction for RECENTLY_CLEARED</source>
      <translation>Fracción de pérdida reciente para RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="97" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="159" />
      <source>Tiles with Hansen reference labels</source>
      <translation>Teselas con etiquetas de referencia Hansen</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="165" />
      <source>The parameters could not be stored with the output: {}</source>
      <translation>No se pudieron guardar los parámetros con la salida: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="188" />
      <source>{} is not a raster layer.</source>
      <translation>{} no es una capa ráster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="191" />
      <source>{} must be a raster read by GDAL (a GeoTIFF granule or a VRT); this layer comes from the '{}' provider.</source>
      <translation>{} debe ser un ráster leído por GDAL (un gránulo GeoTIFF o un VRT); esta capa viene del proveedor '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="224" />
      <source>INPUT already has {}: replaced by the new values.</source>
      <translation>INPUT ya tiene {}: reemplazado por los nuevos valores.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="36" />
      <source>Parameter</source>
      <translation>Parámetro</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="37" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="41" />
      <source>Finds forest, recent clearing and long-term non-forest in a Sentinel-2 image: the area is cut into squares of 1 km and each square gets one of the three labels, with the model's probability for each label where the engine gives them, in a polygon layer you can review tile by tile. With the default embedded llama.cpp engine (or the local llama-server the plugin starts) everything runs on this computer. With the OpenAI-compatible server backend (plugin settings), each tile's chip is sent as a PNG image to the configured server, which classifies it.

The input needs the green, red and near-infrared bands (B03, B04, B08) in one raster: for separate band files, run 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first. Squares only partly covered by the image (less than MIN_VALID_FRACTION, default 90 %, of valid pixels) are left INSUFFICIENT_DATA.

How it works: cuts the raster into 1 km x 1 km tiles on a grid aligned to whole kilometres (the raster's own CRS when it is a UTM zone, whatever its datum; for any other CRS, such as degrees, Web Mercator or a national grid, the WGS 84 UTM zone of the centre of the area classified), renders each tile as a 100 x 100 px false-colour chip (R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and classifies it as STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with the fine-tuned LFM2.5-VL-450M model, through llama.cpp on this computer or on the configured server.

Output: one 1 km square per tile with tile_id (the same ground square gets the same id in every run on the same grid), class_label, confidence and per-class probabilities (empty with the recipe engine, which yields a label only, and with a server that gives no log-probabilities), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date and image_id. Tiles without enough valid pixels or above the cloud limit are not classified. Tiles are saved as the run goes (every 10 tiles or 5 seconds, whichever comes first): a cancelled run keeps them, and RESUME continues it. The style is saved inside the GeoPackage.

Model licence: LFM Open License v1.0, research and non-commercial scope.</source>
      <translation>Encuentra bosque, tala reciente y no bosque de largo plazo en una imagen Sentinel-2: el área se divide en cuadrados de 1 km y cada cuadrado recibe una de las tres etiquetas, con la probabilidad del modelo para cada etiqueta cuando el motor las da, en una capa de polígonos que puede revisar tesela por tesela. Con el motor llama.cpp integrado por defecto (o el llama-server local que inicia el complemento) todo se ejecuta en este ordenador. Con el backend de servidor compatible con OpenAI (ajustes del complemento), el recorte de cada tesela se envía como imagen PNG al servidor configurado, que lo clasifica.

La entrada necesita las bandas verde, roja e infrarrojo cercano (B03, B04, B08) en un solo ráster: para archivos de banda separados, ejecute antes 'Apilar archivos de banda Sentinel-2 (B03, B04, B08) en un VRT'. Los cuadrados cubiertos solo en parte por la imagen (menos de MIN_VALID_FRACTION, por defecto 90 %, de píxeles válidos) quedan INSUFFICIENT_DATA.

Cómo funciona: divide el ráster en teselas de 1 km x 1 km en una cuadrícula alineada a kilómetros enteros (el propio SRC del ráster cuando es una zona UTM, sea cual sea su datum; para cualquier otro SRC, como grados, Web Mercator o una cuadrícula nacional, la zona UTM WGS 84 del centro del área clasificada), representa cada tesela como un recorte de 100 x 100 px en falso color (R = B08 NIR, G = B04 Rojo, B = B03 Verde; DN / 3000 x 255) y la clasifica como STANDING_FOREST, RECENTLY_CLEARED o LONG_TERM_NON_FOREST con el modelo ajustado LFM2.5-VL-450M, mediante llama.cpp en este ordenador o en el servidor configurado.

Salida: un cuadrado de 1 km por tesela con tile_id (el mismo cuadrado del terreno recibe el mismo id en cada ejecución sobre la misma cuadrícula), class_label, confidence y probabilidades por clase (vacías con el motor de la receta, que solo da una etiqueta, y con un servidor que no da log-probabilidades), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date e image_id. Las teselas sin suficientes píxeles válidos o por encima del límite de nubes no se clasifican. Las teselas se guardan durante la ejecución (cada 10 teselas o 5 segundos, lo que ocurra primero): una ejecución cancelada las conserva y RESUME la continúa. El estilo se guarda dentro del GeoPackage.

Licencia del modelo: LFM Open License v1.0, uso de investigación y no comercial.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="73" />
      <source>A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08: a GDAL SENTINEL2_L2A: subdataset (SAFE folder or zip), a GeoTIFF stack or a VRT. Values are surface reflectance x 10000 (Earth Search COGs, GEE S2_SR_HARMONIZED). Float reflectance 0..1 is recognised; the BOA offset of processing baseline 04.00+ is removed where the product states it (SAFE products, the VRTs of stack_bands and fetch_sentinel2), and a warning names OFFSET where only the values suggest it.</source>
      <translation>Un ráster Sentinel-2 L2A multibanda con las bandas B03, B04 y B08: un subconjunto GDAL SENTINEL2_L2A: (carpeta SAFE o zip), una pila GeoTIFF o un VRT. Los valores son reflectancia de superficie x 10000 (COGs de Earth Search, GEE S2_SR_HARMONIZED). La reflectancia en coma flotante 0..1 se reconoce; el desplazamiento BOA de la línea base de procesamiento 04.00+ se elimina cuando el producto lo declara (productos SAFE, los VRT de stack_bands y fetch_sentinel2), y un aviso indica OFFSET cuando solo los valores lo sugieren.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="81" />
      <source>Area to classify. Every 1 km tile that intersects both this extent and the raster is processed. Default: the whole raster.</source>
      <translation>Área a clasificar. Se procesa cada tesela de 1 km que corta esta extensión y el ráster. Por defecto: el ráster completo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="84" />
      <source>Band number. Default: detected from the band descriptions (B08, B8 or 'nir'; never B8A or 'nir08').</source>
      <translation>Número de banda. Por defecto: detectado a partir de las descripciones de las bandas (B08, B8 o 'nir'; nunca B8A o 'nir08').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="87" />
      <source>Band number. Default: detected from the band descriptions (B04, B4 or 'red').</source>
      <translation>Número de banda. Por defecto: detectado a partir de las descripciones de las bandas (B04, B4 o 'red').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="90" />
      <source>Band number. Default: detected from the band descriptions (B03, B3 or 'green').</source>
      <translation>Número de banda. Por defecto: detectado a partir de las descripciones de las bandas (B03, B3 o 'green').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="93" />
      <source>DN = raw value x SCALE + OFFSET, where DN is surface reflectance x 10000 as in the training chips. Default: automatic (1 for DN; 10000 for float reflectance 0..1, recognised by its median). Set 10 for a product stored as reflectance x 1000.</source>
      <translation>DN = valor bruto x SCALE + OFFSET, donde DN es la reflectancia de superficie x 10000 como en los recortes de entrenamiento. Por defecto: automático (1 para DN; 10000 para reflectancia en coma flotante 0..1, reconocida por su mediana). Ponga 10 para un producto almacenado como reflectancia x 1000.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="98" />
      <source>DN = raw value x SCALE + OFFSET: OFFSET is in DN (reflectance x 10000), added after SCALE, to each of the three bands. Default: read from the product (the band offset deforestation:stack_bands writes, BOA_ADD_OFFSET -1000 of SAFE L2A of processing baseline 04.00 and later), else 0 (Earth Search COGs and GEE S2_SR_HARMONIZED are already harmonised). Set -1000 for baseline 04.00+ DN that still carry the offset.</source>
      <translation>DN = valor bruto x SCALE + OFFSET: OFFSET está en DN (reflectancia x 10000), sumado después de SCALE, a cada una de las tres bandas. Por defecto: leído del producto (el desplazamiento de banda que escribe deforestation:stack_bands, BOA_ADD_OFFSET -1000 de SAFE L2A de la línea base 04.00 y posteriores), si no 0 (los COGs de Earth Search y GEE S2_SR_HARMONIZED ya están armonizados). Ponga -1000 para DN de la línea base 04.00+ que aún llevan el desplazamiento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="105" />
      <source>The model card's text model, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>El modelo de texto de la ficha del modelo, para el motor llama.cpp integrado y el llama-server local que inicia el complemento; un servidor compatible con OpenAI usa el suyo. Por defecto: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="109" />
      <source>The model card's vision projector, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>El proyector de visión de la ficha del modelo, para el motor llama.cpp integrado y el llama-server local que inicia el complemento; un servidor compatible con OpenAI usa el suyo. Por defecto: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="113" />
      <source>Fast scoring gives a probability for each of the three labels and is the one to use (it reads the instructions once and compares the model's three possible answers); the recipe runs the card's chat completion under a JSON-schema grammar for every tile (slower, label only). Only the embedded llama.cpp backend uses it: with a server backend (plugin settings) the server answers, with probabilities where it gives log-probabilities.</source>
      <translation>La puntuación rápida da una probabilidad para cada una de las tres etiquetas y es la recomendada (lee las instrucciones una vez y compara las tres respuestas posibles del modelo); la receta ejecuta el chat completion de la ficha bajo una gramática de esquema JSON para cada tesela (más lenta, solo la etiqueta). Solo el backend llama.cpp integrado lo usa: con un backend de servidor (ajustes del complemento) responde el servidor, con probabilidades cuando da log-probabilidades.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="120" />
      <source>When set, a tile whose RECENTLY_CLEARED probability reaches it is labelled RECENTLY_CLEARED even if another class scores higher: lower it to miss fewer clearings at the cost of more tiles to review. Needs class probabilities (the fast scoring engine, or a server that gives log-probabilities): ignored with the recipe engine.</source>
      <translation>Si se define, una tesela cuya probabilidad de RECENTLY_CLEARED lo alcanza se etiqueta RECENTLY_CLEARED aunque otra clase puntúe más: bájelo para perder menos talas a costa de más teselas que revisar. Requiere probabilidades de clase (el motor de puntuación rápida, o un servidor que da log-probabilidades): se ignora con el motor de la receta.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="126" />
      <source>A Sentinel-2 scene classification (SCL: classes 3, 8, 9, 10 are cloud or cloud shadow) or any raster where non-zero means cloud. Tiles above MAX_CLOUD get status CLOUDY and are not classified. Default: none, except for a scene from deforestation:fetch_sentinel2, whose SCL is used.</source>
      <translation>Una clasificación de escena Sentinel-2 (SCL: las clases 3, 8, 9, 10 son nube o sombra de nube) o cualquier ráster donde distinto de cero significa nube. Las teselas por encima de MAX_CLOUD reciben el estado CLOUDY y no se clasifican. Por defecto: ninguna, salvo para una escena de deforestation:fetch_sentinel2, cuya SCL se usa.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="131" />
      <source>How to read CLOUD_MASK. Automatic treats it as SCL when its name or band description says SCL.</source>
      <translation>Cómo leer CLOUD_MASK. Automático la trata como SCL cuando su nombre o la descripción de su banda dice SCL.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="134" />
      <source>The model was trained on tiles with at most 10 % cloud; classifying through cloud is undefined.</source>
      <translation>El modelo se entrenó con teselas de como máximo 10 % de nubes; clasificar a través de las nubes no está definido.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="137" />
      <source>Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are not classified: the model was trained on whole tiles, and a tile cut by the image's edge would be labelled from a partly black chip. Default 0.9; 0 classifies every tile with any valid pixel. Tiles with no valid pixel are always NO_DATA.</source>
      <translation>Las teselas con una fracción menor de píxeles válidos reciben el estado INSUFFICIENT_DATA y no se clasifican: el modelo se entrenó con teselas completas, y una tesela cortada por el borde de la imagen se etiquetaría a partir de un recorte en parte negro. Por defecto 0.9; 0 clasifica toda tesela con algún píxel válido. Las teselas sin ningún píxel válido son siempre NO_DATA.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="143" />
      <source>A larger extent is refused with an estimate of its run time, so that a whole scene is not started by accident; raise it to run such an extent.</source>
      <translation>Una extensión mayor se rechaza con una estimación de su tiempo de ejecución, para no lanzar una escena entera por error; auméntelo para ejecutar tal extensión.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="146" />
      <source>When OUTPUT exists (e.g. from a cancelled run), keep its tiles and classify only the missing ones (and unreviewed ones that ended in ERROR). Refused, with what differs, when the output was made from other imagery or with another model (SHA-256, or the server's model), engine, grid, bands, SCALE/OFFSET, RC_THRESHOLD, cloud or valid-data settings.</source>
      <translation>Cuando OUTPUT existe (p. ej. de una ejecución cancelada), conserva sus teselas y clasifica solo las que faltan (y las no revisadas que terminaron en ERROR). Se rechaza, indicando qué difiere, cuando la salida se hizo a partir de otras imágenes o con otro modelo (SHA-256, o el modelo del servidor), motor, cuadrícula, bandas, SCALE/OFFSET, RC_THRESHOLD o ajustes de nubes o de datos válidos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="152" />
      <source>When OUTPUT exists and RESUME is off, delete it and start again: its tiles and review decisions are lost. Without RESUME or OVERWRITE an existing OUTPUT is never touched: the run is refused.</source>
      <translation>Cuando OUTPUT existe y RESUME está desactivado, la borra y empieza de nuevo: sus teselas y decisiones de revisión se pierden. Sin RESUME ni OVERWRITE nunca se toca una OUTPUT existente: la ejecución se rechaza.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="156" />
      <source>When set, the chip of each tile given to the model is written there as a PNG named after its tile_id, pixel for pixel as the model saw it.</source>
      <translation>Si se define, el recorte de cada tesela entregada al modelo se escribe en ella como un PNG con el nombre de su tile_id, píxel a píxel como lo vio el modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="159" />
      <source>GeoPackage of 1 km tiles, written as tiles finish; the style is stored inside.</source>
      <translation>GeoPackage de teselas de 1 km, escrito a medida que terminan las teselas; el estilo se guarda dentro.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="165" />
      <source>Compares two outputs of Classify deforestation on the same 1 km grid, tile by tile (the tile ids line up). Where an analyst set reviewed_label in the review dock, it overrides the model's class_label.

OUTPUT: one row per tile present and classified in both, with label_before, label_after, transition (e.g. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 where STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, prob_recently_cleared_after, the patch_id of alert tiles and the centroid's longitude and latitude.

PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the forest was seen and the earliest date it was seen gone.

Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).

Clearings (docs/ALERTS.md): in alert tiles, tiles kept as forest and alert tiles' neighbours, the 10 m pixels vegetated (NDVI 0.6 or more) in the earlier image and cleared (NDVI below 0.5) in the later one, seen in both (not nodata, cloud, shadow or snow in the SCL where known, nor as bright in red as a cloud); edge-connected across tile borders; those under MIN_AREA_HA dropped. OUTPUT tiles get cleared_ha and confidence: highest (alert, clearing and REFERENCE_ALERTS agree), high (alert and clearing), low (alert, no clearing: a false flag or an older clearing; none when under half the tile was seen), candidate (kept as forest, with a clearing). One image alone gives no clearings (no fresh clearing from old pasture).

Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR without review), are counted and reported, never guessed. Layers on different grids are refused. EXPORT_FOLDER also writes the alerts, patches and clearings as GeoJSON, KML and CSV for a field team.</source>
      <translation>Compara dos salidas de Clasificar deforestación en la misma cuadrícula de 1 km, tesela por tesela (los ids de las teselas coinciden). Donde un analista definió reviewed_label en el panel de revisión, prevalece sobre el class_label del modelo.

OUTPUT: una fila por tesela presente y clasificada en ambas, con label_before, label_after, transition (p. ej. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 donde STANDING_FOREST pasó a RECENTLY_CLEARED o LONG_TERM_NON_FOREST), las fechas de las imágenes, prob_recently_cleared_after, el patch_id de las teselas de alerta y la longitud y latitud del centroide.

PATCHES: teselas de alerta que comparten un borde disueltas en un polígono cada una (las vecinas en diagonal son parches separados), las mayores primero: patch_id, n_tiles, area_ha (sobre el terreno, unas 100 ha por tesela), max_prob_recently_cleared, la última fecha en que se vio el bosque y la primera en que se vio desaparecido.

Sin BEFORE, las teselas RECENTLY_CLEARED de AFTER son las alertas (una fecha).

Desmontes (docs/ALERTS.md): en las teselas de alerta, las mantenidas como bosque y las vecinas de las de alerta, los píxeles de 10 m con vegetación (NDVI 0,6 o más) en la imagen anterior y desmontados (NDVI por debajo de 0,5) en la posterior, vistos en ambas (no nodata, nube, sombra o nieve en la SCL cuando se conoce, ni tan claros en el rojo como una nube); unidos por bordes a través de los límites de las teselas; los menores que MIN_AREA_HA se descartan. Las teselas de OUTPUT reciben cleared_ha y confidence: highest (alerta, desmonte y REFERENCE_ALERTS coinciden), high (alerta y desmonte), low (alerta sin desmonte: una falsa alerta o un desmonte más antiguo; ningún nivel cuando se vio menos de la mitad de la tesela), candidate (mantenida como bosque, con un desmonte). Una imagen sola no da desmontes (no distingue un desmonte reciente de un pastizal antiguo).

Las teselas presentes en una sola capa, o sin clase en alguna (NO_DATA, CLOUDY, ERROR sin revisión), se cuentan e informan, nunca se adivinan. Las capas en cuadrículas distintas se rechazan. EXPORT_FOLDER también escribe las alertas, los parches y los desmontes como GeoJSON, KML y CSV para un equipo de campo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="193" />
      <source>An output of Classify deforestation for the earlier date. Leave empty to take the RECENTLY_CLEARED tiles of AFTER as the alerts.</source>
      <translation>Una salida de Clasificar deforestación para la fecha anterior. Déjelo vacío para tomar las teselas RECENTLY_CLEARED de AFTER como alertas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="196" />
      <source>An output of Classify deforestation for the later date, on the same grid.</source>
      <translation>Una salida de Clasificar deforestación para la fecha posterior, en la misma cuadrícula.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="198" />
      <source>The image of the earlier date (B08, B04). Default: the raster BEFORE records, with its bands, scaling and cloud mask. Without BEFORE, it gives clearings.</source>
      <translation>La imagen de la fecha anterior (B08, B04). Por defecto: el ráster que BEFORE registra, con sus bandas, escala y máscara de nubes. Sin BEFORE, permite los desmontes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="201" />
      <source>The image of the later date. Default: the raster AFTER records.</source>
      <translation>La imagen de la fecha posterior. Por defecto: el ráster que AFTER registra.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="203" />
      <source>Minimum mapping unit in ground hectares (MapBiomas Alerta 0.3, DETER 1, PRODES 6.25).</source>
      <translation>Unidad mínima de mapeo en hectáreas sobre el terreno (MapBiomas Alerta 0,3, DETER 1, PRODES 6,25).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="206" />
      <source>Polygons (protected areas, properties, concessions): each clearing's overlay_ha and overlay_names.</source>
      <translation>Polígonos (áreas protegidas, predios, concesiones): overlay_ha y overlay_names de cada desmonte.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="209" />
      <source>The OVERLAY field naming each polygon; empty: its id.</source>
      <translation>El campo de OVERLAY que nombra cada polígono; vacío: su id.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="210" />
      <source>Another system's alerts, polygons (DETER, MapBiomas) or a raster, non-zero an alert (GFW): reference_overlap_ha; an alert tile they agree with is highest.</source>
      <translation>Alertas de otro sistema, polígonos (DETER, MapBiomas) o un ráster, distinto de cero es alerta (GFW): reference_overlap_ha; una tesela de alerta con la que coinciden es highest.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="213" />
      <source>One row per compared tile: alerts red, cleared_ha, confidence.</source>
      <translation>Una fila por tesela comparada: alertas en rojo, cleared_ha, confidence.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="214" />
      <source>Edge-connected alert tiles as one polygon each, area on the ground, cleared_ha and their strongest tier.</source>
      <translation>Teselas de alerta unidas por bordes como un polígono cada una, superficie sobre el terreno, cleared_ha y su nivel más fuerte.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="217" />
      <source>One polygon per clearing, styled by tier; tile_id: the alert (or, for a candidate, forest) tile holding most of it; area_ha on the ground; mean NDVI before and after; overlaps; dates; centroid.</source>
      <translation>Un polígono por desmonte, con estilo por nivel; tile_id: la tesela de alerta (o, para un candidato, de bosque) que contiene la mayor parte; area_ha sobre el terreno; NDVI medio antes y después; superposiciones; fechas; centroide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="221" />
      <source>When set: alerts, patches and clearings as .geojson, .kml and .csv (WGS 84; CSV with centroid longitude and latitude).</source>
      <translation>Si se define: alertas, parches y desmontes como .geojson, .kml y .csv (WGS 84; CSV con longitud y latitud del centroide).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="227" />
      <source>Compares each tile's predicted class (e.g. class_label from Classify deforestation) with a reference class (e.g. reviewed_label from the review dock, or reference_label from Hansen reference labels) and writes an HTML report laid out like the model card: per-class precision, recall, F1 and support, macro and weighted averages, accuracy, macro F1, RECENTLY_CLEARED recall, and the confusion matrix (reference rows, predicted columns).

Metrics are those of scikit-learn's classification_report with zero_division=0: a class that was never predicted gets precision 0, a class with no reference tile gets recall 0, and both still count in the macro average. ACCURACY, MACRO_F1 and RC_RECALL are fractions between 0 and 1.

Tiles whose reference or prediction is empty (NULL), blank or not one of STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST are left out and counted (letter case and surrounding blanks are ignored). With 'Selected features only' ticked, only the selection is evaluated.</source>
      <translation>Compara la clase predicha de cada tesela (p. ej. class_label de Clasificar deforestación) con una clase de referencia (p. ej. reviewed_label del panel de revisión, o reference_label de Etiquetas de referencia Hansen) y escribe un informe HTML con el formato de la ficha del modelo: precisión, exhaustividad, F1 y soporte por clase, promedios macro y ponderado, exactitud, F1 macro, exhaustividad de RECENTLY_CLEARED y la matriz de confusión (filas de referencia, columnas predichas).

Las métricas son las de classification_report de scikit-learn con zero_division=0: una clase nunca predicha tiene precisión 0, una clase sin tesela de referencia tiene exhaustividad 0, y ambas cuentan en el promedio macro. ACCURACY, MACRO_F1 y RC_RECALL son fracciones entre 0 y 1.

Las teselas cuya referencia o predicción está vacía (NULL), en blanco o no es STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST se dejan fuera y se cuentan (se ignoran mayúsculas/minúsculas y espacios alrededor). Con 'Solo objetos seleccionados' marcado, solo se evalúa la selección.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="243" />
      <source>A layer (or table) with one feature per tile, holding a predicted class and a reference class in two text fields, e.g. the output of Classify deforestation after review or after Hansen reference labels.</source>
      <translation>Una capa (o tabla) con un objeto por tesela, con una clase predicha y una clase de referencia en dos campos de texto, p. ej. la salida de Clasificar deforestación tras la revisión o tras Etiquetas de referencia Hansen.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="247" />
      <source>Field holding the model's class. Default: class_label.</source>
      <translation>Campo con la clase del modelo. Por defecto: class_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="249" />
      <source>Field holding the true class: reviewed_label (set in the review dock) or reference_label (from Hansen reference labels). Default: reference_label.</source>
      <translation>Campo con la clase verdadera: reviewed_label (definido en el panel de revisión) o reference_label (de Etiquetas de referencia Hansen). Por defecto: reference_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="252" />
      <source>The HTML report: headline metrics, the per-class table, the confusion matrix and the tiles left out.</source>
      <translation>El informe HTML: métricas principales, la tabla por clase, la matriz de confusión y las teselas dejadas fuera.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="258" />
      <source>Searches a STAC API (Earth Search's sentinel-2-l2a, then sentinel-2-c1-l2a, by default: sentinel-2-l2a is the source of the model's training chips) for the acquisitions over EXTENT between START_DATE and END_DATE. With PER_TILE (the default) every 1 km tile of the classifier's grid takes its pixels from the acquisition clearest over it (its SCL: cloud, shadow, cirrus, snow, nodata; the newest on ties), never blended; otherwise one acquisition, the least cloudy over the extent (scene cloud first, the SCL over the extent when candidates are close, the newest on ties), is taken for the whole area. It writes a VRT of B08, B04, B03 (assets nir, red, green, or their -jp2 JPEG 2000 assets where an item has no COG; never nir08, which is B8A) on one UTM grid, clipped to the extent on whole kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: only the blocks of the extent travel. Each item's BOA offset comes from its metadata and is checked against its pixels (dark targets): where they clearly disagree the pixels decide and the log says so; where the pixels cannot tell, a warning. The VRT records the item ids, the acquisition of every tile, the processing baselines and the offset decisions, so Classify deforestation writes each tile's image_date / image_id and uses the SCL as its cloud mask.</source>
      <translation>Busca en una API STAC (sentinel-2-l2a y luego sentinel-2-c1-l2a de Earth Search, por defecto: sentinel-2-l2a es la fuente de los chips de entrenamiento del modelo) las adquisiciones sobre EXTENT entre START_DATE y END_DATE. Con PER_TILE (por defecto) cada tesela de 1 km de la cuadrícula del clasificador toma sus píxeles de la adquisición más despejada sobre ella (su SCL: nube, sombra, cirros, nieve, sin datos; la más reciente en caso de empate), nunca mezclados; si no, una adquisición, la menos nubosa sobre la extensión (nubosidad de la escena primero, la SCL sobre la extensión cuando las candidatas están cerca, la más reciente en caso de empate), se toma para toda el área. Escribe un VRT de B08, B04, B03 (assets nir, red, green, o sus assets JPEG 2000 -jp2 cuando un ítem no tiene COG; nunca nir08, que es B8A) en una cuadrícula UTM, recortado a la extensión en kilómetros enteros, con la SCL al lado. Las bandas se leen con /vsicurl/ de GDAL: solo viajan los bloques de la extensión. El offset BOA de cada ítem viene de sus metadatos y se comprueba con sus píxeles (objetivos oscuros): donde discrepan claramente, deciden los píxeles y el registro lo dice; donde los píxeles no permiten decidir, un aviso. El VRT registra los ids de los ítems, la adquisición de cada tesela, las líneas base de procesamiento y las decisiones de offset, para que Classify deforestation escriba image_date / image_id de cada tesela y use la SCL como máscara de nubes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="277" />
      <source>The area to fetch, in any CRS.</source>
      <translation>El área a descargar, en cualquier SRC.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="278" />
      <source>YYYY-MM-DD; empty: 90 days before END_DATE.</source>
      <translation>AAAA-MM-DD; vacío: 90 días antes de END_DATE.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="279" />
      <source>YYYY-MM-DD; empty: today.</source>
      <translation>AAAA-MM-DD; vacío: hoy.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="280" />
      <source>Without PER_TILE: acquisitions whose eo:cloud_cover is above this are not taken. With PER_TILE it does not apply: a scene cloudy as a whole can be the clearest over some tile, so every acquisition of the window is compared tile by tile.</source>
      <translation>Sin PER_TILE: las adquisiciones cuyo eo:cloud_cover supera este valor no se toman. Con PER_TILE no se aplica: una escena nubosa en conjunto puede ser la más despejada sobre alguna tesela, así que todas las adquisiciones de la ventana se comparan tesela a tesela.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="285" />
      <source>The STAC API root (it answers /search).</source>
      <translation>La raíz de la API STAC (responde a /search).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="286" />
      <source>Sentinel-2 L2A collections with assets green, red, nir and scl, comma-separated. Default: sentinel-2-l2a,sentinel-2-c1-l2a (some acquisitions exist only in the second). The same acquisition of an MGRS tile found in several is taken once, from the collection listed first.</source>
      <translation>Colecciones Sentinel-2 L2A con assets green, red, nir y scl, separadas por comas. Por defecto: sentinel-2-l2a,sentinel-2-c1-l2a (algunas adquisiciones solo existen en la segunda). La misma adquisición de un tile MGRS encontrada en varias se toma una sola vez, de la colección listada primero.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="291" />
      <source>Every 1 km tile from the acquisition clearest over it (default), so that cloudy seasons still give an answer for most tiles; tiles clear in no acquisition stay CLOUDY. Off: one acquisition for the whole area.</source>
      <translation>Cada tesela de 1 km de la adquisición más despejada sobre ella (por defecto), para que las estaciones nubosas aún den respuesta en la mayoría de las teselas; las teselas despejadas en ninguna adquisición quedan CLOUDY. Desactivado: una adquisición para toda el área.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="295" />
      <source>For offline work: the VRT then points at GeoTIFFs next to it, not at the server.</source>
      <translation>Para trabajar sin conexión: el VRT apunta entonces a GeoTIFF junto a él, no al servidor.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="298" />
      <source>The VRT to write (B08, B04, B03); the band VRTs and the SCL go next to it.</source>
      <translation>El VRT a escribir (B08, B04, B03); los VRT de banda y la SCL van junto a él.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="303" />
      <source>Gives every tile polygon a reference class from the Hansen Global Forest Change layers treecover2000 and lossyear, with the model card's rule: STANDING_FOREST = &gt;= 50 % canopy in 2000 and no recent loss; RECENTLY_CLEARED = was forest and lost inside the recent window; else LONG_TERM_NON_FOREST. Use the result as reference for Evaluate (REFERENCE_FIELD = reference_label).

For each tile, the Hansen pixels whose centre lies inside the polygon are used (the polygon is transformed to the rasters' CRS; value 255 is nodata). A pixel is forest in 2000 when treecover2000 &gt;= the canopy threshold; lossyear v means loss in year 2000 + v. The tile is RECENTLY_CLEARED when the forest-2000 pixels lost within FIRST_YEAR..LAST_YEAR reach RECENT_LOSS_FRACTION of its valid pixels, else STANDING_FOREST when the forest-2000 pixels without any loss through LAST_YEAR reach FOREST_FRACTION, else LONG_TERM_NON_FOREST. Tiles without a valid Hansen pixel get an empty label and hansen_status NO_HANSEN_DATA (features without a geometry: NO_GEOMETRY). The model card publishes no tile-level thresholds: the two fractions are this plugin's choice, recorded in the output layer's metadata (abstract) and in the log.

Output: the input features and attributes plus reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), recent_loss_fraction, older_loss_fraction (forest-2000 pixels lost before FIRST_YEAR), hansen_pixels (about 1,300 for a 1 km tile at the equator, more towards the poles, where the 0.00025 degree pixels are narrower; fewer at the rasters' edge) and hansen_status.

Getting the data: Hansen GFC v1.12 granules are 10 x 10 degrees, named after their top-left corner (e.g. 10S_060W covers 10-20 S, 60-50 W), at https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif with layer = treecover2000 or lossyear. The log lists the granules your tiles need. For tiles spanning several granules, build one VRT per layer (gdalbuildvrt) over the same granules. Data: CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</source>
      <translation>Da a cada polígono de tesela una clase de referencia a partir de las capas treecover2000 y lossyear de Hansen Global Forest Change, con la regla de la ficha del modelo: STANDING_FOREST = &gt;= 50 % de dosel en 2000 y ninguna pérdida reciente; RECENTLY_CLEARED = era bosque y se perdió dentro de la ventana reciente; si no LONG_TERM_NON_FOREST. Use el resultado como referencia para Evaluar (REFERENCE_FIELD = reference_label).

Para cada tesela se usan los píxeles Hansen cuyo centro cae dentro del polígono (el polígono se transforma al SRC de los rásteres; el valor 255 es nodata). Un píxel es bosque en 2000 cuando treecover2000 &gt;= el umbral de dosel; lossyear v significa pérdida en el año 2000 + v. La tesela es RECENTLY_CLEARED cuando los píxeles de bosque de 2000 perdidos dentro de FIRST_YEAR..LAST_YEAR alcanzan RECENT_LOSS_FRACTION de sus píxeles válidos, si no STANDING_FOREST cuando los píxeles de bosque de 2000 sin ninguna pérdida hasta LAST_YEAR alcanzan FOREST_FRACTION, si no LONG_TERM_NON_FOREST. Las teselas sin píxel Hansen válido reciben una etiqueta vacía y hansen_status NO_HANSEN_DATA (objetos sin geometría: NO_GEOMETRY). La ficha del modelo no publica umbrales por tesela: las dos fracciones son elección de este complemento, registradas en los metadatos de la capa de salida (resumen) y en el registro.

Salida: los objetos y atributos de entrada más reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), recent_loss_fraction, older_loss_fraction (píxeles de bosque de 2000 perdidos antes de FIRST_YEAR), hansen_pixels (unos 1.300 para una tesela de 1 km en el ecuador, más hacia los polos, donde los píxeles de 0,00025 grados son más estrechos; menos en el borde de los rásteres) y hansen_status.

Cómo obtener los datos: los gránulos Hansen GFC v1.12 son de 10 x 10 grados, nombrados por su esquina superior izquierda (p. ej. 10S_060W cubre 10-20 S, 60-50 W), en https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif con layer = treecover2000 o lossyear. El registro lista los gránulos que necesitan sus teselas. Para teselas que abarcan varios gránulos, construya un VRT por capa (gdalbuildvrt) sobre los mismos gránulos. Datos: CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="334" />
      <source>Polygon layer of tiles in any CRS, e.g. the output of Classify deforestation.</source>
      <translation>Capa de polígonos de teselas en cualquier SRC, p. ej. la salida de Clasificar deforestación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="337" />
      <source>Hansen GFC treecover2000 (percent canopy in 2000, 0-100; 255 = nodata), any CRS: a granule, a VRT of granules or a clip of them.</source>
      <translation>Hansen GFC treecover2000 (porcentaje de dosel en 2000, 0-100; 255 = nodata), cualquier SRC: un gránulo, un VRT de gránulos o un recorte de ellos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="340" />
      <source>Hansen GFC lossyear (0 = no loss, v = loss in 2000 + v; 255 = nodata), on the same pixel grid as treecover2000 (the same granules).</source>
      <translation>Hansen GFC lossyear (0 = sin pérdida, v = pérdida en 2000 + v; 255 = nodata), en la misma cuadrícula de píxeles que treecover2000 (los mismos gránulos).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="343" />
      <source>First calendar year whose loss counts as recent (inclusive). Default 2020: the model card's training window 2020-2024; its val/test labels used 3 years.</source>
      <translation>Primer año natural cuya pérdida cuenta como reciente (inclusive). Por defecto 2020: la ventana de entrenamiento 2020-2024 de la ficha del modelo; sus etiquetas de validación/prueba usaron 3 años.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="347" />
      <source>Last calendar year whose loss counts as recent (inclusive), usually the year of the imagery. Default 2024. Loss after it is ignored (the forest still stood). A warning is given when the Hansen files (by the GFC-YYYY in their name) end earlier.</source>
      <translation>Último año natural cuya pérdida cuenta como reciente (inclusive), normalmente el año de las imágenes. Por defecto 2024. La pérdida posterior se ignora (el bosque aún estaba en pie). Se avisa cuando los archivos Hansen (por el GFC-AAAA de su nombre) terminan antes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="352" />
      <source>A pixel is forest in 2000 when treecover2000 &gt;= this percentage. Default 50, the model card's '&gt;= 50 % canopy in 2000'.</source>
      <translation>Un píxel es bosque en 2000 cuando treecover2000 &gt;= este porcentaje. Por defecto 50, el '&gt;= 50 % de dosel en 2000' de la ficha del modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="355" />
      <source>Share of the tile's valid pixels that must be forest in 2000 with no loss through LAST_YEAR for STANDING_FOREST. Default 0.5 (most of the tile is standing forest). Not published by the model card. 0 means any standing-forest pixel.</source>
      <translation>Proporción de los píxeles válidos de la tesela que debe ser bosque en 2000 sin pérdida hasta LAST_YEAR para STANDING_FOREST. Por defecto 0.5 (la mayor parte de la tesela es bosque en pie). No publicada por la ficha del modelo. 0 significa cualquier píxel de bosque en pie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="360" />
      <source>Share of the tile's valid pixels that were forest in 2000 and lost within the window for RECENTLY_CLEARED; checked first. Default 0.05 (about 5 ha of a 1 km tile, clearly visible at 10 m, while a few stray loss pixels are not enough). Not published by the model card. 0 means any recent-loss pixel.</source>
      <translation>Proporción de los píxeles válidos de la tesela que eran bosque en 2000 y se perdieron dentro de la ventana para RECENTLY_CLEARED; se comprueba primero. Por defecto 0.05 (unas 5 ha de una tesela de 1 km, bien visible a 10 m, mientras que unos pocos píxeles de pérdida sueltos no bastan). No publicada por la ficha del modelo. 0 significa cualquier píxel de pérdida reciente.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="365" />
      <source>The input tiles with reference_label, the fractions, hansen_pixels and hansen_status added (existing fields of those names are replaced). The parameters used are stored in the layer's metadata.</source>
      <translation>Las teselas de entrada con reference_label, las fracciones, hansen_pixels y hansen_status añadidos (los campos existentes con esos nombres se reemplazan). Los parámetros usados se guardan en los metadatos de la capa.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="372" />
      <source>Re-derives class_label of an output of Classify deforestation from its stored probabilities, without running the model: RECENTLY_CLEARED where prob_recently_cleared reaches RC_THRESHOLD; below it the label stays, except a RECENTLY_CLEARED label, which becomes the most probable class. confidence becomes the probability of the new label. Lower the threshold to miss fewer clearings at the cost of more tiles to review. Every other field, the review decisions included, is copied unchanged. Classified tiles without probabilities (the recipe engine, or a server that gives no log-probabilities) keep their label and are counted; tiles not CLASSIFIED are copied as they are.</source>
      <translation>Recalcula el class_label de una salida de Clasificar deforestación a partir de sus probabilidades almacenadas, sin ejecutar el modelo: RECENTLY_CLEARED donde prob_recently_cleared alcanza RC_THRESHOLD; por debajo la etiqueta se mantiene, salvo una etiqueta RECENTLY_CLEARED, que pasa a ser la clase más probable. confidence pasa a ser la probabilidad de la nueva etiqueta. Baje el umbral para perder menos talas a costa de más teselas que revisar. Todos los demás campos, incluidas las decisiones de revisión, se copian sin cambios. Las teselas clasificadas sin probabilidades (el motor de la receta, o un servidor que no da log-probabilidades) conservan su etiqueta y se cuentan; las teselas no CLASSIFIED se copian tal cual.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="383" />
      <source>An output of Classify deforestation made with the fast scoring engine (or a server that gives log-probabilities).</source>
      <translation>Una salida de Clasificar deforestación hecha con el motor de puntuación rápida (o un servidor que da log-probabilidades).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="386" />
      <source>A tile whose prob_recently_cleared reaches this value is RECENTLY_CLEARED.</source>
      <translation>Una tesela cuya prob_recently_cleared alcanza este valor es RECENTLY_CLEARED.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="388" />
      <source>A copy of INPUT with the new labels, styled like the classification.</source>
      <translation>Una copia de INPUT con las nuevas etiquetas, con el estilo de la clasificación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="393" />
      <source>Finds the B03, B04 and B08 files in a folder (a SAFE product's IMG_DATA, or single band downloads such as T21LYG_20230105_B08_10m.jp2 or B08.tif; B8A is never taken for B08) and writes a VRT that stacks them with band descriptions, ready as INPUT of Classify deforestation. The VRT points at the original files: nothing is copied.

A SAFE L2A product of processing baseline 04.00 or later (every acquisition from 2022-01-25 on) stores DN = reflectance x 10000 + 1000 and states its BOA_ADD_OFFSET (-1000) only in MTD_MSIL2A.xml at the SAFE root. The algorithm reads it there, or the baseline from the SAFE folder name (_N0510_), and writes it into the VRT as each band's offset, so the chips match the training data; it also records the acquisition date and product id, which Classify deforestation keeps in its output. Keep the band files inside their SAFE folder: copied out alone, they no longer say which offset they need (a warning says so).</source>
      <translation>Encuentra los archivos B03, B04 y B08 en una carpeta (el IMG_DATA de un producto SAFE, o descargas de bandas sueltas como T21LYG_20230105_B08_10m.jp2 o B08.tif; B8A nunca se toma por B08) y escribe un VRT que los apila con descripciones de banda, listo como INPUT de Clasificar deforestación. El VRT apunta a los archivos originales: no se copia nada.

Un producto SAFE L2A de la línea base de procesamiento 04.00 o posterior (toda adquisición desde el 2022-01-25) almacena DN = reflectancia x 10000 + 1000 y declara su BOA_ADD_OFFSET (-1000) solo en MTD_MSIL2A.xml en la raíz del SAFE. El algoritmo lo lee allí, o la línea base del nombre de la carpeta SAFE (_N0510_), y lo escribe en el VRT como el desplazamiento de cada banda, para que los recortes coincidan con los datos de entrenamiento; también registra la fecha de adquisición y el id del producto, que Clasificar deforestación conserva en su salida. Mantenga los archivos de banda dentro de su carpeta SAFE: copiados por separado, ya no indican qué desplazamiento necesitan (un aviso lo indica).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="408" />
      <source>Folder holding one file per band (searched recursively; at 10 m when a SAFE product holds several resolutions).</source>
      <translation>Carpeta con un archivo por banda (búsqueda recursiva; a 10 m cuando un producto SAFE tiene varias resoluciones).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="411" />
      <source>The VRT to write (B03, B04, B08).</source>
      <translation>El VRT a escribir (B03, B04, B08).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="15" />
      <source>Writes a PDF report of a compare output for the people who act on alerts: a summary page (alert tiles by tier and by decision, the area of the alert patches and the area cleared inside them, the cleared area by overlay polygon, the dates, the plugin and model provenance) and one page per alert patch: its area in ha, tier, probabilities, dates, centroid, the overlay polygons it touches, and each tile's review and audit decision with the reviewer's and auditor's names, the reason and the time; a location map and an overview; and, when the images are given, the earlier and the later image side by side with the clearings outlined. The pages are a QGIS print layout and its atlas (one atlas feature per page), in the language QGIS runs in; it runs headless through qgis_process too.</source>
      <translation>Escribe un informe PDF de una salida de la comparación para quienes actúan sobre las alertas: una página de resumen (tiles de alerta por nivel y por decisión, el área de los parches de alerta y el área deforestada dentro de ellos, el área deforestada por polígono de superposición, las fechas, la procedencia del complemento y del modelo) y una página por parche de alerta: su área en ha, nivel, probabilidades, fechas, centroide, los polígonos de superposición que toca y la decisión de revisión y de auditoría de cada tile con los nombres del revisor y del auditor, el motivo y la hora; un mapa de ubicación y una vista general; y, cuando se indican las imágenes, la imagen anterior y la posterior lado a lado con las deforestaciones contorneadas. Las páginas son un diseño de impresión de QGIS y su atlas (una entidad del atlas por página), en el idioma en que corre QGIS; también corre sin interfaz mediante qgis_process.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="27" />
      <source>The compared tiles: OUTPUT of Compare two dates, with the review's decisions (review_status, reviewer, review_reason, audit_status, auditor).</source>
      <translation>Los tiles comparados: OUTPUT de Comparar dos fechas, con las decisiones de la revisión (review_status, reviewer, review_reason, audit_status, auditor).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="30" />
      <source>PATCHES of the same compare run: each patch's area_ha and outline. Without it, a patch's area is its 1 km tiles.</source>
      <translation>PATCHES de la misma comparación: area_ha y contorno de cada parche. Sin ella, el área de un parche es la de sus tiles de 1 km.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="33" />
      <source>CLEARINGS of the same compare run, outlined on the maps; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS de la misma comparación, contorneadas en los mapas; por defecto: el archivo de deforestaciones que registra la salida de la comparación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="36" />
      <source>The earlier Sentinel-2 image (B03, B04, B08), shown in the chips' false colour on each patch page.</source>
      <translation>La imagen Sentinel-2 anterior (B03, B04, B08), mostrada en el falso color de los chips en cada página de parche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="39" />
      <source>The later Sentinel-2 image, shown beside the earlier.</source>
      <translation>La imagen Sentinel-2 posterior, mostrada junto a la anterior.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="40" />
      <source>The PDF to write.</source>
      <translation>El PDF a escribir.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="44" />
      <source>Makes a folder to review alerts in the field, offline, with QField or any mobile GIS: a GeoPackage (field_review.gpkg) with the tiles of the review queue (the alert tiles and the candidate tiles) and their clearings, the earlier and the later chip of each tile as PNG files in its DCIM folder, and a project (field_review.qgz) with relative paths, the layers styled and a form for the decision: the decision, the class seen and the reason chosen from lists in the analyst's language, the reviewer, a note, the time stamped in UTC, and the chips shown as images. Copy the whole folder to the device. Bring the GeoPackage back and run Merge field decisions to write the decisions into the compare output.</source>
      <translation>Crea una carpeta para revisar alertas en el campo, sin conexión, con QField o cualquier SIG móvil: un GeoPackage (field_review.gpkg) con las teselas de la cola de revisión (las teselas de alerta y las candidatas) y sus desmontes, el recorte anterior y el posterior de cada tesela como archivos PNG en su carpeta DCIM, y un proyecto (field_review.qgz) con rutas relativas, las capas con estilo y un formulario para la decisión: la decisión, la clase vista y el motivo elegidos de listas en el idioma del analista, el revisor, una nota, la hora registrada en UTC y los recortes mostrados como imágenes. Copie la carpeta entera al dispositivo. Traiga de vuelta el GeoPackage y ejecute Fusionar decisiones de campo para escribir las decisiones en la salida de la comparación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="55" />
      <source>The compared tiles: OUTPUT of Compare two dates, a GeoPackage. Its decisions so far go into the package.</source>
      <translation>Las teselas comparadas: OUTPUT de Comparar dos fechas, un GeoPackage. Sus decisiones hasta ahora van al paquete.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="58" />
      <source>CLEARINGS of the same compare run; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS de la misma ejecución de la comparación; por defecto: el archivo de desmontes que registra la salida de la comparación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="61" />
      <source>The earlier Sentinel-2 image, for the earlier chip of each tile; default: the image the review chose for this layer in the project. Without it, no chips.</source>
      <translation>La imagen Sentinel-2 anterior, para el recorte anterior de cada tesela; por defecto: la imagen que la revisión eligió para esta capa en el proyecto. Sin ella, no hay recortes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="64" />
      <source>The later Sentinel-2 image, for the later chips.</source>
      <translation>La imagen Sentinel-2 posterior, para los recortes posteriores.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="65" />
      <source>The folder of the package; it must not hold a field package already (merge that one first).</source>
      <translation>La carpeta del paquete; no debe contener ya un paquete de campo (fusione ese primero).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="71" />
      <source>Writes the decisions made in a field package back into the compare output, matched by tile_id, through the layer as the review writes them. A tile the field left as it was packaged is not touched. When the office decided a tile after the package was made, the later decision wins: an office decision as late as the field's or later is kept and the field's is reported as a conflict, never written over it. A new decision clears the earlier audit, as in the review.</source>
      <translation>Escribe las decisiones tomadas en un paquete de campo de vuelta en la salida de la comparación, emparejadas por tile_id, a través de la capa, como las escribe la revisión. Una tesela que el campo dejó tal como se empaquetó no se toca. Cuando la oficina decidió una tesela después de hacer el paquete, gana la decisión más reciente: una decisión de la oficina tan reciente como la del campo o más se conserva y la del campo se informa como conflicto, nunca se escribe encima. Una decisión nueva borra la auditoría anterior, como en la revisión.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="79" />
      <source>The compared tiles the package was made from (OUTPUT of Compare two dates); the decisions are written into it.</source>
      <translation>Las teselas comparadas a partir de las que se hizo el paquete (OUTPUT de Comparar dos fechas); las decisiones se escriben en ellas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="82" />
      <source>field_review.gpkg of the field package, as it came back from the field.</source>
      <translation>field_review.gpkg del paquete de campo, tal como volvió del campo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="17" />
      <source>Writes a report to paste when something goes wrong: the versions of the plugin, QGIS, Qt, Python, GDAL, numpy and llama-cpp-python; the backend and the compute devices llama.cpp sees (and the last device measurement); the model files with their sizes and SHA-256; the plugin's settings; and the last lines of the last classification run's log.

The report is made to be shared: your home folder is written as ~ and your user name replaced, and API keys are never included. Read it before you send it: the file and folder names it lists are yours.</source>
      <translation>Escribe un informe para pegar cuando algo falla: las versiones del complemento, QGIS, Qt, Python, GDAL, numpy y llama-cpp-python; el backend y los dispositivos de cálculo que ve llama.cpp (y la última medición de dispositivo); los archivos del modelo con sus tamaños y SHA-256; la configuración del complemento; y las últimas líneas del registro de la última clasificación.

El informe está hecho para compartirse: su carpeta personal se escribe como ~ y su nombre de usuario se sustituye, y las claves de API nunca se incluyen. Léalo antes de enviarlo: los nombres de archivos y carpetas que lista son suyos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="27" />
      <source>The Markdown file to write (.md).</source>
      <translation>El archivo Markdown que se escribirá (.md).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="31" />
      <source>Writes an offline bundle: a folder to copy on a USB stick for a computer without network, the same as `make offline-bundle` writes. It holds the pinned llama-cpp-python and its pure dependencies as prebuilt wheels for each platform and backend chosen (downloaded with pip, nothing is compiled), the model files of the plugin settings, and bundle.json with the SHA-256 of every file.

A platform and backend without a prebuilt wheel (or unreachable from here) is left out and listed in bundle.json with pip's reason; the run fails when no platform got wheels. On the computer without network: Settings &gt; Options &gt; Deforestation Classifier &gt; Install dependencies &gt; Install from an offline bundle..., or Use an offline bundle... in the model dialog.</source>
      <translation>Escribe un paquete sin conexión: una carpeta para copiar en una memoria USB para un equipo sin red, la misma que escribe `make offline-bundle`. Contiene el llama-cpp-python fijado y sus dependencias puras como wheels precompilados para cada plataforma y backend elegidos (descargados con pip, no se compila nada), los archivos del modelo de la configuración del complemento y bundle.json con el SHA-256 de cada archivo.

Una plataforma y backend sin wheel precompilado (o inalcanzable desde aquí) se deja fuera y se lista en bundle.json con el motivo de pip; la ejecución falla cuando ninguna plataforma obtuvo wheels. En el equipo sin red: Configuración &gt; Opciones &gt; Deforestation Classifier &gt; Instalar dependencias... &gt; Instalar desde un paquete sin conexión..., o Usar un paquete sin conexión... en el diálogo del modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="43" />
      <source>The folder to write the bundle into (an empty folder, or a USB stick).</source>
      <translation>La carpeta donde escribir el paquete (una carpeta vacía o una memoria USB).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="45" />
      <source>The operating systems the bundle is for: Windows (64-bit), Linux (x86_64), macOS (Apple silicon). Default: all three. With qgis_process, give the names, comma-separated: PLATFORMS=windows-amd64,linux-x86_64.</source>
      <translation>Los sistemas operativos a los que va destinado el paquete: Windows (64 bits), Linux (x86_64), macOS (Apple silicon). Por defecto: los tres. Con qgis_process, indique los nombres separados por comas: PLATFORMS=windows-amd64,linux-x86_64.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="49" />
      <source>The llama-cpp-python builds to download: cpu works everywhere; vulkan and cuda are for Windows and Linux, metal for macOS. None chosen: each platform's prebuilt builds. A backend a platform has no prebuilt build of is skipped. With qgis_process, give the names: BACKENDS=cpu,vulkan.</source>
      <translation>Las compilaciones de llama-cpp-python que descargar: cpu funciona en todas partes; vulkan y cuda son para Windows y Linux, metal para macOS. Ninguna elegida: las compilaciones precompiladas de cada plataforma. Un backend sin compilación precompilada para una plataforma se omite. Con qgis_process, indique los nombres: BACKENDS=cpu,vulkan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="54" />
      <source>The Python version (major.minor) of the QGIS the bundle is for, which may differ from this one: read it in that QGIS's Python console with import sys; sys.version. Wheels are built for one Python version. Default: this QGIS's, {}.</source>
      <translation>La versión de Python (major.minor) del QGIS al que va destinado el paquete, que puede ser distinta de este: léala en la consola de Python de ese QGIS con import sys; sys.version. Los wheels se compilan para una versión de Python. Por defecto: la de este QGIS, {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="59" />
      <source>Copy the model files of the plugin settings (the model card's pair, or the files set there) into the bundle. They must be on this computer: download the model first in the plugin settings, or untick this to write the wheels only.</source>
      <translation>Copiar al paquete los archivos del modelo de la configuración del complemento (el par de la ficha del modelo, o los archivos indicados allí). Deben estar en este equipo: descargue primero el modelo en la configuración del complemento, o desmarque esta opción para escribir solo los wheels.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="63" />
      <source>A folder of wheels (an office mirror) to take the packages from instead of the package indexes on the internet.</source>
      <translation>Una carpeta de wheels (un espejo de la oficina) de donde tomar los paquetes en lugar de los índices de paquetes de internet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="69" />
      <source>Write an offline bundle</source>
      <translation>Escribir un paquete sin conexión</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="75" />
      <source>Bundle folder</source>
      <translation>Carpeta del paquete</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="77" />
      <source>Platforms</source>
      <translation>Plataformas</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="80" />
      <source>Backends (none: each platform's prebuilt builds)</source>
      <translation>Backends (ninguno: las compilaciones precompiladas de cada plataforma)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="84" />
      <source>Python version of the QGIS the bundle is for</source>
      <translation>Versión de Python del QGIS al que va destinado el paquete</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="87" />
      <source>Include the model files</source>
      <translation>Incluir los archivos del modelo</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="89" />
      <source>Folder of wheels to take the packages from</source>
      <translation>Carpeta de wheels de donde tomar los paquetes</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="92" />
      <source>The bundle's manifest (bundle.json)</source>
      <translation>El manifiesto del paquete (bundle.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="94" />
      <source>Platforms and backends with wheels</source>
      <translation>Plataformas y backends con wheels</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="96" />
      <source>Platforms and backends without wheels</source>
      <translation>Plataformas y backends sin wheels</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="102" />
      <source>PYTHON_VERSION must be major.minor, such as 3.12: that of the QGIS the bundle is for (in its Python console: import sys; sys.version), not {!r}.</source>
      <translation>PYTHON_VERSION debe ser major.minor, como 3.12: la del QGIS al que va destinado el paquete (en su consola de Python: import sys; sys.version), no {!r}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="118" />
      <source>No wheels were downloaded for any platform ({}). Check the network (or FIND_LINKS), PYTHON_VERSION and BACKENDS; {} keeps pip's reasons in full.</source>
      <translation>No se descargó ningún wheel para ninguna plataforma ({}). Compruebe la red (o FIND_LINKS), PYTHON_VERSION y BACKENDS; {} guarda los motivos de pip completos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="121" />
      <source>no backend chosen has prebuilt builds for the platforms chosen</source>
      <translation>ningún backend elegido tiene compilaciones precompiladas para las plataformas elegidas</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="124" />
      <source>Left out, without wheels: {}</source>
      <translation>Dejados fuera, sin wheels: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="125" />
      <source>Offline bundle written to {}: wheels for {}; {} model files.</source>
      <translation>Paquete sin conexión escrito en {}: wheels para {}; {} archivos del modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="143" />
      <source>INCLUDE_MODEL: the model files are not on this computer ({}). Download the model first (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model...), or untick INCLUDE_MODEL to write the wheels only.</source>
      <translation>INCLUDE_MODEL: los archivos del modelo no están en este equipo ({}). Descargue primero el modelo (Configuración &gt; Opciones &gt; Deforestation Classifier &gt; Descargar modelo...), o desmarque INCLUDE_MODEL para escribir solo los wheels.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="40" />
      <source>Relabel tiles for another RECENTLY_CLEARED threshold</source>
      <translation>Reetiquetar teselas para otro umbral de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="45" />
      <source>Classified tiles</source>
      <translation>Teselas clasificadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="51" />
      <source>Relabelled tiles</source>
      <translation>Teselas reetiquetadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="52" />
      <source>Tiles whose label changed</source>
      <translation>Teselas cuya etiqueta cambió</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="53" />
      <source>Tiles newly RECENTLY_CLEARED</source>
      <translation>Teselas nuevas en RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="54" />
      <source>RECENTLY_CLEARED tiles</source>
      <translation>Teselas RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="55" />
      <source>Classified tiles without probabilities</source>
      <translation>Teselas clasificadas sin probabilidades</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="66" />
      <source>INPUT lacks the fields {}: use an output of Classify deforestation.</source>
      <translation>A INPUT le faltan los campos {}: use una salida de Clasificar deforestación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="76" />
      <source>RC_THRESHOLD {}: {} labels changed, {} tiles newly RECENTLY_CLEARED ({} in all); {} classified tiles without probabilities kept their label.</source>
      <translation>RC_THRESHOLD {}: {} etiquetas cambiaron, {} teselas nuevas en RECENTLY_CLEARED ({} en total); {} teselas clasificadas sin probabilidades conservaron su etiqueta.</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="19" />
      <source>Stack Sentinel-2 band files (B03, B04, B08) into a VRT</source>
      <translation>Apilar archivos de banda Sentinel-2 (B03, B04, B08) en un VRT</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="24" />
      <source>Folder of band files</source>
      <translation>Carpeta de archivos de banda</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="27" />
      <source>Stacked VRT</source>
      <translation>VRT apilado</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="40" />
      <source>Stacked B03, B04, B08 into {}</source>
      <translation>B03, B04, B08 apiladas en {}</translation>
    </message>
    <message>
      <location filename="../toolbelt/message_bar.py" line="17" />
      <location filename="../toolbelt/message_bar.py" line="33" />
      <source>Deforestation Classifier</source>
      <translation>Clasificador de Deforestación</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="209" />
      <source>Chip of {} could not be rendered: {}</source>
      <translation>No se pudo representar el recorte de {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="37" />
      <source>Deforestation {}</source>
      <translation>Deforestación {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>no data</source>
      <translation>sin datos</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>insufficient data</source>
      <translation>datos insuficientes</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>cloudy</source>
      <translation>nubosa</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../ui/map_highlight.py" line="34" />
      <source>Tile {} cannot be shown in the map's CRS: {}</source>
      <translation>La tesela {} no se puede mostrar en el SRC del mapa: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="58" />
      <source>The offline bundle holds no model files. On a computer that has the model, write a bundle with them: `make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`.</source>
      <translation>El paquete sin conexión no contiene archivos de modelo. En un ordenador que tenga el modelo, escriba un paquete con ellos: `make offline-bundle MODEL=&lt;GGUF del modelo de texto&gt; MMPROJ=&lt;GGUF mmproj&gt;`.</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="61" />
      <source>The offline bundle's model files ({names}) are not one text model GGUF and one vision projector (mmproj) GGUF, so none is used; they were copied into {folder}. Write a bundle with the pair (`make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`), or choose the two files with "Use files already on this computer...".</source>
      <translation>Los archivos de modelo del paquete sin conexión ({names}) no son un GGUF de modelo de texto y un GGUF de proyector de visión (mmproj), así que no se usa ninguno; se copiaron en {folder}. Escriba un paquete con el par (`make offline-bundle MODEL=&lt;GGUF del modelo de texto&gt; MMPROJ=&lt;GGUF mmproj&gt;`) o elija los dos archivos con "Usar archivos que ya están en este ordenador...".</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="75" />
      <source>Copying the model from an offline bundle</source>
      <translation>Copiando el modelo desde un paquete sin conexión</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="100" />
      <source>Unexpected error while copying from the offline bundle: {}</source>
      <translation>Error inesperado al copiar desde el paquete sin conexión: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="106" />
      <source>Offline bundle: {}</source>
      <translation>Paquete sin conexión: {}</translation>
    </message>
    <message>
      <source>A Sentinel-2 L2A collection with assets green, red, nir and scl.</source>
      <translation type="vanished">Una colección Sentinel-2 L2A con los assets green, red, nir y scl.</translation>
    </message>
    <message>
      <source>Acquisition time</source>
      <translation type="vanished">Hora de adquisición</translation>
    </message>
    <message>
      <source>Acquisitions whose eo:cloud_cover is above this are not taken.</source>
      <translation type="vanished">No se toman las adquisiciones cuyo eo:cloud_cover supera este valor.</translation>
    </message>
    <message>
      <source>Compares two outputs of Classify deforestation on the same 1 km grid, tile by tile (the tile ids line up). Where an analyst set reviewed_label in the review dock, it overrides the model's class_label.

OUTPUT: one row per tile present and classified in both, with label_before, label_after, transition (e.g. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 where STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, prob_recently_cleared_after, the patch_id of alert tiles and the centroid's longitude and latitude.

PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the forest was seen and the earliest date it was seen gone.

Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).

Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR without review), are counted and reported, never guessed. Layers on different grids are refused. EXPORT_FOLDER also writes the alerts and patches as GeoJSON, KML and CSV for a field team.</source>
      <translation type="vanished">Compara dos salidas de Clasificar deforestación en la misma cuadrícula de 1 km, tesela por tesela (los ids de las teselas coinciden). Donde un analista definió reviewed_label en el panel de revisión, prevalece sobre el class_label del modelo.

OUTPUT: una fila por tesela presente y clasificada en ambas, con label_before, label_after, transition (p. ej. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 donde STANDING_FOREST pasó a RECENTLY_CLEARED o LONG_TERM_NON_FOREST), las fechas de las imágenes, prob_recently_cleared_after, el patch_id de las teselas de alerta y la longitud y latitud del centroide.

PATCHES: teselas de alerta que comparten un borde disueltas en un polígono cada una (las vecinas en diagonal son parches separados), las mayores primero: patch_id, n_tiles, area_ha (sobre el terreno, unas 100 ha por tesela), max_prob_recently_cleared, la última fecha en que se vio el bosque y la primera en que se vio desaparecido.

Sin BEFORE, las teselas RECENTLY_CLEARED de AFTER son las alertas (una fecha).

Las teselas presentes en una sola capa, o sin clase en alguna (NO_DATA, CLOUDY, ERROR sin revisión), se cuentan e informan, nunca se adivinan. Las capas en cuadrículas distintas se rechazan. EXPORT_FOLDER también escribe las alertas y los parches como GeoJSON, KML y CSV para un equipo de campo.</translation>
    </message>
    <message>
      <source>Edge-connected alert tiles as one polygon each, with their area on the ground.</source>
      <translation type="vanished">Teselas de alerta conectadas por sus bordes como un polígono cada una, con su área sobre el terreno.</translation>
    </message>
    <message>
      <source>GDAL could not mosaic the '{}' assets of {}.</source>
      <translation type="vanished">GDAL no pudo hacer el mosaico de los assets '{}' de {}.</translation>
    </message>
    <message>
      <source>One row per compared tile (GeoPackage), styled with the alerts in red.</source>
      <translation type="vanished">Una fila por tesela comparada (GeoPackage), con las alertas en rojo.</translation>
    </message>
    <message>
      <source>Searches a STAC API (Earth Search's sentinel-2-l2a by default: the source of the model's training chips) for the acquisitions over EXTENT between START_DATE and END_DATE, chooses the one with the least cloud over the extent (scene cloud first, the SCL over the extent when candidates are close, the newest on ties) and writes a VRT of B08, B04, B03 (assets nir, red, green; never nir08, which is B8A) that mosaics its MGRS tiles on one UTM grid, clipped to the extent on whole kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: only the blocks of the extent travel. The VRT records the item ids, the acquisition date and time, the processing baseline and the scaling decision, so Classify deforestation writes image_date / image_id and uses the SCL as its cloud mask.</source>
      <translation type="vanished">Busca en una API STAC (por defecto sentinel-2-l2a de Earth Search: la fuente de los recortes de entrenamiento del modelo) las adquisiciones sobre EXTENT entre START_DATE y END_DATE, elige la de menos nubes sobre la extensión (primero las nubes de la escena, la SCL sobre la extensión cuando los candidatos están cerca, la más reciente en caso de empate) y escribe un VRT de B08, B04, B03 (assets nir, red, green; nunca nir08, que es B8A) que hace el mosaico de sus teselas MGRS en una cuadrícula UTM, recortado a la extensión en kilómetros enteros, con la SCL al lado. Las bandas se leen mediante /vsicurl/ de GDAL: solo viajan los bloques de la extensión. El VRT registra los ids de los elementos, la fecha y hora de adquisición, la línea base de procesamiento y la decisión de escala, de modo que Clasificar deforestación escribe image_date / image_id y usa la SCL como máscara de nubes.</translation>
    </message>
    <message>
      <source>The item {} has no '{}' asset ({}); is COLLECTION a Sentinel-2 L2A collection?</source>
      <translation type="vanished">El elemento {} no tiene el asset '{}' ({}); ¿es COLLECTION una colección Sentinel-2 L2A?</translation>
    </message>
    <message>
      <source>The tiles of {} need different scalings ({}); choose a narrower extent or another date.</source>
      <translation type="vanished">Las teselas de {} necesitan escalas distintas ({}); elija una extensión más pequeña u otra fecha.</translation>
    </message>
    <message>
      <source>When set: alerts.geojson, alerts.kml, alerts.csv, patches.geojson, patches.kml and patches.csv (WGS 84; CSV with centroid longitude and latitude).</source>
      <translation type="vanished">Si se define: alerts.geojson, alerts.kml, alerts.csv, patches.geojson, patches.kml y patches.csv (WGS 84; CSV con longitud y latitud del centroide).</translation>
    </message>
  </context>
</TS>
