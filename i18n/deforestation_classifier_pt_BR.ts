<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
  <context>
    <name>AlertView</name>
    <message>
      <location filename="../ui/alert_view.py" line="55" />
      <source>Change</source>
      <translation>Mudança</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="56" />
      <source>P(recently cleared) after</source>
      <translation>P(desmatado recentemente) depois</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="57" />
      <source>Patch</source>
      <translation>Fragmento</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="58" />
      <source>Clearing</source>
      <translation>Desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="59" />
      <source>Review</source>
      <translation>Revisão</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="63" />
      <source>Alert report (PDF)...</source>
      <translation>Relatório de alertas (PDF)...</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="64" />
      <source>Make the PDF report of this compare output: a summary page and a page per alert patch, with the review decisions.</source>
      <translation>Gerar o relatório em PDF desta saída de comparação: uma página de resumo e uma página por mancha de alerta, com as decisões da revisão.</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="124" />
      <source>not compared (one date)</source>
      <translation>não comparada (uma data)</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>After</source>
      <translation>Depois</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="135" />
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="137" />
      <source>{}: tile {} of {}</source>
      <translation>{}: quadrícula {} de {}</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>{}, {} ha cleared</source>
      <translation>{}, {} ha desmatados</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>no tier</source>
      <translation>sem nível</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="146" />
      <source>not delineated</source>
      <translation>não delimitado</translation>
    </message>
  </context>
  <context>
    <name>AreaPicker</name>
    <message>
      <location filename="../ui/area_picker.py" line="52" />
      <source>The map view</source>
      <translation>A vista do mapa</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="53" />
      <source>A rectangle drawn on the map</source>
      <translation>Um retângulo desenhado no mapa</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="54" />
      <source>A polygon layer</source>
      <translation>Uma camada de polígonos</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="56" />
      <source>Draw on the map...</source>
      <translation>Desenhar no mapa...</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="64" />
      <source>Selected features only</source>
      <translation>Somente as feições selecionadas</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="106" />
      <source>Draw a rectangle on the map first (Draw on the map...).</source>
      <translation>Desenhe primeiro um retângulo no mapa (Desenhar no mapa...).</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="108" />
      <source>Add a polygon layer to the project, or choose another area.</source>
      <translation>Adicione uma camada de polígonos ao projeto ou escolha outra área.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="109" />
      <source>Select features of '{}', or untick 'Selected features only'.</source>
      <translation>Selecione feições de '{}' ou desmarque 'Somente as feições selecionadas'.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="116" />
      <source>the rectangle drawn</source>
      <translation>o retângulo desenhado</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="119" />
      <source>the selected features of '{}'</source>
      <translation>as feições selecionadas de '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="120" />
      <source>the features of '{}'</source>
      <translation>as feições de '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="121" />
      <source>the map view</source>
      <translation>a vista do mapa</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="143" />
      <source>Deforestation Classifier</source>
      <translation>Classificador de Desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="144" />
      <source>Drag a rectangle on the map: the area to work on. Esc or another tool cancels.</source>
      <translation>Arraste um retângulo no mapa: a área de trabalho. Esc ou outra ferramenta cancela.</translation>
    </message>
  </context>
  <context>
    <name>ChipPanel</name>
    <message>
      <location filename="../ui/chip_panel.py" line="92" />
      <source>The 100 x 100 px chip the model saw (R = NIR B08, G = Red B04, B = Green B03), shown at {} x {} px.</source>
      <translation>O recorte de 100 x 100 px que o modelo viu (R = NIR B08, G = Vermelho B04, B = Verde B03), mostrado em {} x {} px.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="106" />
      <source>Folder of the chips (&lt;tile_id&gt;.png)</source>
      <translation>Pasta dos recortes (&lt;tile_id&gt;.png)</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="107" />
      <source>The chips folder (CHIPS_FOLDER) of the classification{}, remembered for this layer. Tiles without a chip file there are rendered again from the source raster.</source>
      <translation>A pasta de recortes (CHIPS_FOLDER) da classificação{}, lembrada para esta camada. Quadrículas sem arquivo de recorte nela são renderizadas de novo a partir do raster de origem.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="115" />
      <source>The Sentinel-2 raster the classification{} was made from: chips missing from the chips folder are rendered from it exactly as the classifier did.</source>
      <translation>O raster Sentinel-2 a partir do qual a classificação{} foi feita: recortes ausentes da pasta de recortes são renderizados a partir dele exatamente como o classificador fez.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="127" />
      <source>Chips folder</source>
      <translation>Pasta de recortes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="128" />
      <source>Source raster</source>
      <translation>Raster de origem</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="132" />
      <source> of the {}</source>
      <translation> de {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="174" />
      <source>{} is not a readable image.</source>
      <translation>{} não é uma imagem legível.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="177" />
      <source>Chip file {}, as the model saw it.</source>
      <translation>Arquivo de recorte {}, como o modelo o viu.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="189" />
      <source>no chip</source>
      <translation>sem recorte</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="210" />
      <source>The chip could not be rendered from {}: {}</source>
      <translation>O recorte não pôde ser renderizado a partir de {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="212" />
      <source>no chip file in the chips folder</source>
      <translation>nenhum arquivo de recorte na pasta de recortes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="213" />
      <source>no chips folder</source>
      <translation>sem pasta de recortes</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="214" />
      <source>Rendered from the source raster {} ({}).</source>
      <translation>Renderizado a partir do raster de origem {} ({}).</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="221" />
      <source>No chip file: choose the chips folder or the source raster{} under 'Chip source and reviewer'.</source>
      <translation>Sem arquivo de recorte: escolha a pasta de recortes ou o raster de origem{} em 'Fonte dos recortes e revisor'.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="238" />
      <source>The source raster cannot be used: {}</source>
      <translation>O raster de origem não pode ser usado: {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="264" />
      <source>Using {} (not a layer of the project).</source>
      <translation>Usando {} (não é uma camada do projeto).</translation>
    </message>
  </context>
  <context>
    <name>ClearingsDialog</name>
    <message>
      <location filename="../ui/clearings_dialog.py" line="46" />
      <source>Find new clearings</source>
      <translation>Encontrar novos desmatamentos</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="50" />
      <source>Fetches Sentinel-2 L2A of both date windows over the area (each 1 km tile from its clearest acquisition), classifies both, compares them and opens the review on the alerts. Every output is written into the project folder below.</source>
      <translation>Obtém Sentinel-2 L2A dos dois períodos sobre a área (cada quadrícula de 1 km da aquisição mais limpa sobre ela), classifica ambos, compara-os e abre a revisão nos alertas. Todos os resultados são gravados na pasta do projeto abaixo.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="57" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="59" />
      <source>Before: from / to</source>
      <translation>Antes: de / até</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="61" />
      <source>After: from / to</source>
      <translation>Depois: de / até</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="66" />
      <source>Maximum scene cloud</source>
      <translation>Nuvens máximas da cena</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="69" />
      <source>Project folder name</source>
      <translation>Nome da pasta do projeto</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="76" />
      <source>Count tiles with imagery</source>
      <translation>Contar quadrículas com imagens</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="88" />
      <source>Fetch and compare</source>
      <translation>Obter e comparar</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="114" />
      <source>Outputs: {}</source>
      <translation>Resultados: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="126" />
      <source>{} tiles of 1 km in the area; classifying both dates takes at most {}. Count the tiles with imagery to know more.</source>
      <translation>{} quadrículas de 1 km na área; classificar as duas datas leva no máximo {}. Conte as quadrículas com imagens para saber mais.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="141" />
      <source>The imagery cannot be counted: {}</source>
      <translation>Não é possível contar as imagens: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="143" />
      <source>{} of the area's {} tiles of 1 km have imagery on both dates; classifying them takes about {}.</source>
      <translation>{} das {} quadrículas de 1 km da área têm imagens nas duas datas; classificá-las leva cerca de {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="156" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="157" />
      <source>After</source>
      <translation>Depois</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="159" />
      <source>{}: 'from' {} is after 'to' {}.</source>
      <translation>{}: 'de' {} é posterior a 'até' {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="163" />
      <source>The Before window must end before the After window starts.</source>
      <translation>O período Antes deve terminar antes do início do período Depois.</translation>
    </message>
  </context>
  <context>
    <name>ClearingsFlow</name>
    <message>
      <location filename="../ui/clearings_flow.py" line="80" />
      <source>Cannot create the project folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Não é possível criar a pasta do projeto {}: {}. Escolha outra pasta de saída nas configurações do complemento.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="90" />
      <source>Finding new clearings over {} into {}</source>
      <translation>Procurando novos desmatamentos em {} para {}</translation>
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
      <translation>Depois</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="106" />
      <source>fetching Sentinel-2 of {} ({} to {})</source>
      <translation>obtendo Sentinel-2 de {} ({} a {})</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="112" />
      <source>classifying {}</source>
      <translation>classificando {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="116" />
      <source>comparing the two dates</source>
      <translation>comparando as duas datas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="134" />
      <source>Kept {} from the earlier run.</source>
      <translation>Mantido {} da execução anterior.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="138" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>O algoritmo {} não está registrado. Reative o plugin em Complementos &gt; Gerenciar e Instalar Complementos.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="142" />
      <source>Find new clearings: {}</source>
      <translation>Encontrar novos desmatamentos: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="154" />
      <source>Find new clearings '{}': step {} of 5, {} ({} %). Cancel is in the status bar.</source>
      <translation>Encontrar novos desmatamentos '{}': etapa {} de 5, {} ({} %). Cancelar fica na barra de status.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="183" />
      <source>Cancelled while {}.</source>
      <translation>Cancelado durante: {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="185" />
      <source>see the Processing log</source>
      <translation>veja o registro do Processamento</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="186" />
      <source>Stopped while {}: {}</source>
      <translation>Interrompido durante: {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="192" />
      <source>Resume</source>
      <translation>Retomar</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="196" />
      <source>{} Resume continues in {}: what is written is kept.</source>
      <translation>{} Retomar continua em {}: o que já foi gravado é mantido.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="208" />
      <source>Find new clearings '{}': {} alert tiles. Every output is in {}; the review is open on the alerts.</source>
      <translation>Encontrar novos desmatamentos '{}': {} quadrículas com alerta. Todos os resultados estão em {}; a revisão está aberta nos alertas.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Clearings</source>
      <translation>Desmatamentos</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>Alert patches</source>
      <translation>Fragmentos de alerta</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>After: tiles</source>
      <translation>Depois: quadrículas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>Before: tiles</source>
      <translation>Antes: quadrículas</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>After: image</source>
      <translation>Depois: imagem</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="229" />
      <source>Before: image</source>
      <translation>Antes: imagem</translation>
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
      <translation>Confirmar o rótulo do modelo</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="33" />
      <source>Correct to:</source>
      <translation>Corrigir para:</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Forest</source>
      <translation>Floresta</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Cleared</source>
      <translation>Desmatado</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="37" />
      <source>Non-forest</source>
      <translation>Não floresta</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="41" />
      <source>Correct the label to {}</source>
      <translation>Corrigir o rótulo para {}</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="47" />
      <source>Unclear</source>
      <translation>Incerto</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="48" />
      <source>Mark the tile as unclear: cannot tell from the imagery</source>
      <translation>Marcar a quadrícula como incerta: não dá para dizer pelas imagens</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="53" />
      <location filename="../ui/decision_bar.py" line="123" />
      <source>Comment ({}; Enter saves)</source>
      <translation>Comentário ({}; Enter salva)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="55" />
      <source>A comment on this tile ({}). Saved with the next decision, on Enter, or when you move to another tile. Esc returns to the review keys.</source>
      <translation>Um comentário sobre esta quadrícula ({}). Salvo com a próxima decisão, ao pressionar Enter ou ao passar para outra quadrícula. Esc volta às teclas de revisão.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="61" />
      <source>Previous</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="62" />
      <source>Previous tile</source>
      <translation>Quadrícula anterior</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next</source>
      <translation>Próxima</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next tile</source>
      <translation>Próxima quadrícula</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="70" />
      <source>On the map, a tile's fill is its class: the reviewed label once reviewed, else the model's. Its outline tells the review: {}; thin grey = not reviewed yet.</source>
      <translation>No mapa, o preenchimento de uma quadrícula é sua classe: o rótulo revisado depois da revisão, senão o do modelo. O contorno indica a revisão: {}; cinza fino = ainda não revisada.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="81" />
      <source>Reason:</source>
      <translation>Motivo:</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="84" />
      <source>(none given)</source>
      <translation>(nenhum)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="87" />
      <source>Why the model is wrong or the tile unclear: chosen before a correction (or with its key), saved with it; on a tile already corrected it is saved at once.</source>
      <translation>Por que o modelo errou ou o tile é incerto: escolhido antes de uma correção (ou com sua tecla) e salvo com ela; num tile já corrigido é salvo na hora.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="96" />
      <source>Agree</source>
      <translation>Concordo</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="97" />
      <source>The decision is right</source>
      <translation>A decisão está certa</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="98" />
      <source>Disagree</source>
      <translation>Discordo</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="99" />
      <source>The decision is wrong (say why in the comment)</source>
      <translation>A decisão está errada (diga por quê no comentário)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="122" />
      <source>Audit note ({}; Enter saves)</source>
      <translation>Nota da auditoria ({}; Enter salva)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="128" />
      <source>The alert is real: confirm the later date's label</source>
      <translation>O alerta é real: confirmar o rótulo da data posterior</translation>
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
      <translation>Classificador de Desmatamento</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Classificar desmatamento (quadrículas de 1 km)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation in 1 km tiles
Classifies the active Sentinel-2 raster layer within the current map view into 1 km tiles: standing forest, recently cleared, long-term non-forest.</source>
      <translation>Classificar desmatamento em quadrículas de 1 km
Classifica a camada raster Sentinel-2 ativa dentro da vista atual do mapa em quadrículas de 1 km: floresta em pé, desmatado recentemente, não floresta de longo prazo.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles</source>
      <translation>Revisar quadrículas de desmatamento</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles
Opens the review panel on the active classification layer: confirm or correct each tile's label, starting with the likeliest recent clearings. On a comparison of two dates: its alerts, patch by patch, before and after side by side.</source>
      <translation>Revisar quadrículas de desmatamento
Abre o painel de revisão na camada de classificação ativa: confirme ou corrija o rótulo de cada quadrícula, começando pelos desmatamentos recentes mais prováveis. Numa comparação de duas datas: seus alertas, fragmento por fragmento, antes e depois lado a lado.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it</source>
      <translation>Mostrar o raster como o modelo o vê</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it
Styles the active Sentinel-2 raster in false colour: red = B08 (near infrared), green = B04, blue = B03, each from DN 0 to 3000, as the model's chips.</source>
      <translation>Mostrar o raster como o modelo o vê
Estiliza o raster Sentinel-2 ativo em falsa cor: vermelho = B08 (infravermelho próximo), verde = B04, azul = B03, cada um de DN 0 a 3000, como os recortes do modelo.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Classificar esta área a partir do Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2
Fetches the least cloudy Sentinel-2 L2A acquisition of the map view from Earth Search (the model's training source), adds it styled as the model sees it and classifies it.</source>
      <translation>Classificar esta área a partir do Sentinel-2
Baixa do Earth Search (a fonte de treino do modelo) a aquisição Sentinel-2 L2A menos nublada da vista do mapa, adiciona-a estilizada como o modelo a vê e a classifica.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings</source>
      <translation>Encontrar novos desmatamentos</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings
Fetches Sentinel-2 of two date windows over an area (the map view, a rectangle drawn or a polygon layer), classifies both, compares them and opens the review on the alerts. Every output is written into a named project folder.</source>
      <translation>Encontrar novos desmatamentos
Obtém Sentinel-2 de dois períodos sobre uma área (a vista do mapa, um retângulo desenhado ou uma camada de polígonos), classifica ambos, compara-os e abre a revisão nos alertas. Todos os resultados são gravados numa pasta de projeto com nome.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="135" />
      <source>Settings...</source>
      <translation>Configurações...</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="137" />
      <source>Help</source>
      <translation>Ajuda</translation>
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
      <translation>Copia um relatório para colar quando algo der errado: versões, backend e dispositivos, arquivos do modelo com seu SHA-256, configurações e o log da última execução. Sua pasta pessoal e seu nome de usuário são substituídos e as chaves de API ficam de fora.</translation>
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
      <translation>Classificador de Desmatamento</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="27" />
      <source>Deforestation Classifier (Sentinel-2, LFM2.5-VL)</source>
      <translation>Classificador de Desmatamento (Sentinel-2, LFM2.5-VL)</translation>
    </message>
  </context>
  <context>
    <name>DeforestationSettingsPage</name>
    <message>
      <location filename="../ui/settings_page.py" line="62" />
      <source>Deforestation Classifier</source>
      <translation>Classificador de Desmatamento</translation>
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
      <translation>Cartão do modelo: {} (baixado no primeiro uso)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="95" />
      <source>Custom GGUF pair</source>
      <translation>Par GGUF personalizado</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="100" />
      <source>Model folder (download cache)</source>
      <translation>Pasta do modelo (cache de download)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="103" />
      <location filename="../ui/settings_page.py" line="107" />
      <source>GGUF files (*.gguf)</source>
      <translation>Arquivos GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="104" />
      <source>Text model (GGUF)</source>
      <translation>Modelo de texto (GGUF)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="108" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Projetor de visão (mmproj GGUF)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="110" />
      <source>Download the model card's files when they are missing (toolbar, Processing, qgis_process)</source>
      <translation>Baixar os arquivos do cartão do modelo quando faltarem (barra de ferramentas, Processamento, qgis_process)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="119" />
      <source>Check files</source>
      <translation>Verificar arquivos</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="122" />
      <source>Download model...</source>
      <translation>Baixar modelo...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="126" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="127" />
      <source>Licence of the model card's weights: {}</source>
      <translation>Licença dos pesos do cartão do modelo: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="135" />
      <source>Toolbar output folder</source>
      <translation>Pasta de saída da barra de ferramentas</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="142" />
      <source>Inference</source>
      <translation>Inferência</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="146" />
      <source>Embedded llama.cpp (llama-cpp-python, in QGIS)</source>
      <translation>llama.cpp embutido (llama-cpp-python, no QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="148" />
      <source>OpenAI-compatible server (llama-server, ...)</source>
      <translation>Servidor compatível com OpenAI (llama-server, ...)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="149" />
      <source>Local llama-server started by the plugin (GPU, no compiler)</source>
      <translation>llama-server local iniciado pelo plugin (GPU, sem compilador)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="151" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="154" />
      <source>The llama-server executable of a llama.cpp release (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon). Empty: llama-server on PATH.</source>
      <translation>O executável llama-server de uma versão do llama.cpp (Vulkan para GPUs AMD/Intel, CUDA para NVIDIA, Metal no Apple silicon). Vazio: o llama-server do PATH.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="158" />
      <source>llama-server executable</source>
      <translation>Executável llama-server</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="166" />
      <source>Server URL</source>
      <translation>URL do servidor</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="171" />
      <source>API key (QGIS authentication)</source>
      <translation>Chave de API (autenticação do QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="175" />
      <source>automatic ({})</source>
      <translation>automático ({})</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="176" />
      <source>CPU threads</source>
      <translation>Threads de CPU</translation>
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
      <translation>Camadas descarregadas na GPU: 0 = só CPU, -1 = todas. Requer uma compilação do llama-cpp-python com GPU.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="186" />
      <source>automatic (the faster of CPU and GPU, measured)</source>
      <translation>automático (o mais rápido entre CPU e GPU, medido)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="192" />
      <source>GPU offload (layers)</source>
      <translation>Descarregamento na GPU (camadas)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="196" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="200" />
      <source>Tiles sent to each server at the same time (a pool of several URLs: to each of them).</source>
      <translation>Quadrículas enviadas a cada servidor ao mesmo tempo (num conjunto de várias URLs: a cada uma delas).</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="202" />
      <source>Requests in flight</source>
      <translation>Requisições simultâneas</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="208" />
      <source>Sentinel-2 imagery</source>
      <translation>Imagens Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="213" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="217" />
      <source>Collections (comma-separated)</source>
      <translation>Coleções (separadas por vírgula)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="221" />
      <source>Dependencies</source>
      <translation>Dependências</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="227" />
      <source>Install dependencies...</source>
      <translation>Instalar dependências...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="273" />
      <source>Environment variables override these settings now: {}</source>
      <translation>Variáveis de ambiente sobrepõem estas configurações agora: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="309" />
      <source>The custom model pair was saved but cannot be used: {}</source>
      <translation>O par de modelo personalizado foi salvo mas não pode ser usado: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="334" />
      <source>{} Folder: {}</source>
      <translation>{} Pasta: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="342" />
      <source>Not needed for the server backend.</source>
      <translation>Não é necessário para o backend de servidor.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="347" />
      <source>llama-cpp-python {} is available.</source>
      <translation>llama-cpp-python {} está disponível.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="348" />
      <source>Missing: {}.</source>
      <translation>Faltando: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="376" />
      <source>CPU only (this llama.cpp build has no GPU backend)</source>
      <translation>Só CPU (esta compilação do llama.cpp não tem backend de GPU)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="378" />
      <source>CPU only (this llama.cpp build found no usable GPU device)</source>
      <translation>Somente CPU (esta compilação do llama.cpp não encontrou nenhuma GPU utilizável)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="380" />
      <source>CPU only (llama-cpp-python is not installed)</source>
      <translation>Só CPU (o llama-cpp-python não está instalado)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="388" />
      <source>CPU: {}.</source>
      <translation>CPU: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="390" />
      <source>Last measurement: {}.</source>
      <translation>Última medição: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="392" />
      <source>Not measured yet: the first run with GPU offload automatic times a few chips on the CPU and on the GPU and keeps the faster.</source>
      <translation>Ainda não medido: a primeira execução com descarga na GPU automática cronometra alguns recortes na CPU e na GPU e fica com o mais rápido.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="402" />
      <source>Found: {}</source>
      <translation>Encontrado: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="403" />
      <source>No llama-server found: download a llama.cpp release for this system and choose its llama-server here, or put it on PATH.</source>
      <translation>Nenhum llama-server encontrado: baixe uma versão do llama.cpp para este sistema e escolha aqui o seu llama-server, ou coloque-o no PATH.</translation>
    </message>
  </context>
  <context>
    <name>DependenciesDialog</name>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="50" />
      <source>Installing llama-cpp-python for the Deforestation Classifier</source>
      <translation>Instalando o llama-cpp-python para o Classificador de Desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="75" />
      <source>Unexpected error: {}</source>
      <translation>Erro inesperado: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="92" />
      <source>Deforestation Classifier: install dependencies</source>
      <translation>Classificador de Desmatamento: instalar dependências</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="106" />
      <source>llama-cpp-python {} is installed ({}).</source>
      <translation>llama-cpp-python {} está instalado ({}).</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="108" />
      <source>&lt;b&gt;Missing:&lt;/b&gt; {reason}. The classifier runs the model with {pin}; it will be installed for this plugin only, into the folder below, without touching QGIS's own packages.</source>
      <translation>&lt;b&gt;Faltando:&lt;/b&gt; {reason}. O classificador executa o modelo com {pin}; ele será instalado só para este plugin, na pasta abaixo, sem tocar nos pacotes do próprio QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="126" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="130" />
      <source>Detected: {}. Proposed: {}.</source>
      <translation>Detectado: {}. Proposto: {}.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="135" />
      <source>Prebuilt wheel index</source>
      <translation>Índice de wheels pré-compiladas</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="142" />
      <source>unavailable: {}</source>
      <translation>indisponível: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="143" />
      <source>Install into</source>
      <translation>Instalar em</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="156" />
      <source>Install</source>
      <translation>Instalar</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="161" />
      <source>Install from an offline bundle...</source>
      <translation>Instalar a partir de um pacote offline...</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="163" />
      <source>A folder written by `make offline-bundle` (a USB stick): installs its wheels for this system with no network and copies its model files into the model folder.</source>
      <translation>Uma pasta gravada por `make offline-bundle` (um pen drive): instala suas wheels para este sistema sem rede e copia seus arquivos de modelo para a pasta de modelos.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="181" />
      <source>none (source build)</source>
      <translation>nenhum (compilação do código-fonte)</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="182" />
      <source>default: {}</source>
      <translation>padrão: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="215" />
      <source>Installing... a source build can take several minutes.</source>
      <translation>Instalando... uma compilação do código-fonte pode levar vários minutos.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="221" />
      <source>Offline bundle folder</source>
      <translation>Pasta do pacote offline</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="243" />
      <source>Installed ({}). The classifier can run now.</source>
      <translation>Instalado ({}). O classificador já pode rodar.</translation>
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
      <translation>A instalação falhou: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="255" />
      <source>Installing llama-cpp-python failed: {}
{}</source>
      <translation>A instalação do llama-cpp-python falhou: {}
{}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="271" />
      <source>{}. The classifier cannot run until it is installed.</source>
      <translation>{}. O classificador não pode rodar até que ele seja instalado.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="319" />
      <source>Install dependencies...</source>
      <translation>Instalar dependências...</translation>
    </message>
  </context>
  <context>
    <name>DialogWords</name>
    <message>
      <location filename="../ui/dialog_words.py" line="16" />
      <source>the STAC API setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>a configuração da API STAC (Configurações &gt; Opções &gt; Deforestation Classifier)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="18" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="19" />
      <source>To</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="20" />
      <source>Maximum scene cloud</source>
      <translation>Nuvens máximas da cena</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="22" />
      <source>the collections setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>a configuração das coleções (Configurações &gt; Opções &gt; Deforestation Classifier)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="24" />
      <source>the area</source>
      <translation>a área</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="25" />
      <source>tile by tile</source>
      <translation>quadrícula por quadrícula</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="26" />
      <source>the tile limit</source>
      <translation>o limite de quadrículas</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaDialog</name>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="29" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Classificar esta área a partir do Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="32" />
      <source>The area is classified from Sentinel-2 L2A of the dates below (Earth Search, the model's training source), each 1 km tile from the acquisition clearest over it, streamed: only the area's pixels are read. The maximum scene cloud applies when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE off).</source>
      <translation>A área é classificada a partir do Sentinel-2 L2A das datas abaixo (Earth Search, a fonte de treino do modelo), cada quadrícula de 1 km da aquisição mais limpa sobre ela, por streaming: só os pixels da área são lidos. A nuvem máxima da cena se aplica quando uma só aquisição é usada para toda a área (fetch_sentinel2 com PER_TILE desligado).</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="43" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="53" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="54" />
      <source>To</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="55" />
      <source>Maximum scene cloud</source>
      <translation>Nuvens máximas da cena</translation>
    </message>
    <message>
      <source>The map view is classified from Sentinel-2 L2A of the dates below (Earth Search, the model's training source), each 1 km tile from the acquisition clearest over it, streamed: only the area's pixels are read. The maximum scene cloud applies when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE off).</source>
      <translation type="vanished">A vista do mapa é classificada com Sentinel-2 L2A das datas abaixo (Earth Search, a fonte de treino do modelo), cada quadrícula de 1 km a partir da aquisição mais limpa sobre ela, por streaming: só os pixels da área são lidos. A cobertura máxima de nuvens da cena vale quando uma única aquisição é usada para toda a área (fetch_sentinel2 com PER_TILE desligado).</translation>
    </message>
    <message>
      <source>The map view is classified from the least cloudy Sentinel-2 L2A acquisition of the dates below (Earth Search, the model's training source), streamed: only the area's pixels are read.</source>
      <translation type="vanished">A vista do mapa é classificada a partir da aquisição Sentinel-2 L2A menos nublada das datas abaixo (Earth Search, a fonte de treino do modelo), por streaming: só os pixels da área são lidos.</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaFlow</name>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="49" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>O algoritmo {} não está registrado. Reative o plugin em Complementos &gt; Gerenciar e Instalar Complementos.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="67" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Não é possível criar a pasta de saída {}: {}. Escolha outra pasta de saída nas configurações do plugin.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="83" />
      <source>Deforestation Classifier: fetching Sentinel-2</source>
      <translation>Classificador de Desmatamento: baixando Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="89" />
      <source>Fetching Sentinel-2 L2A {} to {} over {} into {}</source>
      <translation>Obtendo Sentinel-2 L2A de {} a {} sobre {} em {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="92" />
      <source>Searching Sentinel-2 L2A from {} to {} (at most {} % cloud); cancel in the status bar.</source>
      <translation>Pesquisando Sentinel-2 L2A de {} a {} (no máximo {} % de nuvens); cancele na barra de status.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="108" />
      <source>Sentinel-2 fetch cancelled.</source>
      <translation>Download do Sentinel-2 cancelado.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="110" />
      <source>The Sentinel-2 fetch failed; see the Processing log.</source>
      <translation>O download do Sentinel-2 falhou; veja o log do Processamento.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="117" />
      <source>Sentinel-2 {}</source>
      <translation>Sentinel-2 {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="119" />
      <source>The fetched scene {} cannot be opened.</source>
      <translation>A cena baixada {} não pode ser aberta.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="129" />
      <source>Fetched {} ({})</source>
      <translation>Baixado {} ({})</translation>
    </message>
    <message>
      <source>Fetching Sentinel-2 L2A {} to {} over the map view into {}</source>
      <translation type="vanished">Baixando Sentinel-2 L2A de {} a {} sobre a vista do mapa em {}</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <location filename="../ui/model_download.py" line="56" />
      <source>Downloading the deforestation model</source>
      <translation>Baixando o modelo de desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="75" />
      <source>Unexpected error during the download: {}</source>
      <translation>Erro inesperado durante o download: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="99" />
      <source>Deforestation Classifier: download the model</source>
      <translation>Classificador de Desmatamento: baixar o modelo</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="111" />
      <source>&lt;p&gt;The classifier needs the model's two GGUF files, which are not on this computer yet:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; from &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), into &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence} By downloading you accept its terms.&lt;/p&gt;</source>
      <translation>&lt;p&gt;O classificador precisa dos dois arquivos GGUF do modelo, que ainda não estão neste computador:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; de &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), para &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licença:&lt;/b&gt; {licence} Ao baixar você aceita seus termos.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="133" />
      <source>Download</source>
      <translation>Baixar</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="136" />
      <source>Use files already on this computer...</source>
      <translation>Usar arquivos já presentes neste computador...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="138" />
      <source>Choose the text model GGUF and its mmproj vision projector (downloaded another way, or copied from another computer); they are checked, then used.</source>
      <translation>Escolha o GGUF do modelo de texto e seu projetor de visão mmproj (baixados de outra forma, ou copiados de outro computador); eles são verificados e depois usados.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="142" />
      <source>Use an offline bundle...</source>
      <translation>Usar um pacote offline...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="144" />
      <source>A folder written by `make offline-bundle` (on a USB stick, for instance): its model files are checked against the SHA-256 in its bundle.json and copied into the model folder. No network is needed.</source>
      <translation>Uma pasta gravada por `make offline-bundle` (em um pendrive, por exemplo): seus arquivos de modelo são conferidos com o SHA-256 do seu bundle.json e copiados para a pasta do modelo. Nenhuma rede é necessária.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="157" />
      <source>{} is set (offline mode): downloads are disabled. Unset it, use files already on this computer, or use an offline bundle written by `make offline-bundle`.</source>
      <translation>{} está definido (modo offline): os downloads estão desativados. Remova-o, use arquivos já presentes neste computador ou use um pacote offline gravado por `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="178" />
      <source>Downloading... (resumes where it stopped if interrupted)</source>
      <translation>Baixando... (retoma de onde parou se for interrompido)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="196" />
      <source>The text model (GGUF), e.g. {}</source>
      <translation>O modelo de texto (GGUF), p. ex. {}</translation>
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
      <translation>Seu projetor de visão (mmproj GGUF), p. ex. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="212" />
      <source>These files cannot be used: {}</source>
      <translation>Estes arquivos não podem ser usados: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="217" />
      <source>Model files on this computer used: {} and {}</source>
      <translation>Arquivos do modelo neste computador usados: {} e {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="230" />
      <source>Offline bundle folder</source>
      <translation>Pasta do pacote offline</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="239" />
      <source>Checking and copying the model files of the offline bundle...</source>
      <translation>Verificando e copiando os arquivos de modelo do pacote offline...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="255" />
      <source>Copied from the offline bundle and verified.</source>
      <translation>Copiado do pacote offline e verificado.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="256" />
      <source>Model files copied from the offline bundle {} into {} and verified</source>
      <translation>Arquivos do modelo copiados do pacote offline {} para {} e verificados</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="270" />
      <source>Cancelled. The model files copied whole are kept; none is left half copied.</source>
      <translation>Cancelado. Os arquivos de modelo copiados por inteiro são mantidos; nenhum fica copiado pela metade.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="273" />
      <source>The offline bundle cannot be used: {}</source>
      <translation>O pacote offline não pode ser usado: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="283" />
      <source>Downloaded and verified.</source>
      <translation>Baixado e verificado.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="284" />
      <source>Model files downloaded and verified in {}</source>
      <translation>Arquivos do modelo baixados e verificados em {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="292" />
      <source>Try again</source>
      <translation>Tentar de novo</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="294" />
      <source>Cancelled. What was already downloaded is kept (the next download resumes there); nothing is kept when nothing came.</source>
      <translation>Cancelado. O que já foi baixado é mantido (o próximo download retoma dali); nada é mantido quando nada chegou.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="297" />
      <source>unknown error</source>
      <translation>erro desconhecido</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="298" />
      <source>Download failed: {}</source>
      <translation>O download falhou: {}</translation>
    </message>
    <message>
      <source>{} is set (offline mode): downloads are disabled. Unset it, or use files already on this computer.</source>
      <translation type="vanished">{} está definido (modo offline): os downloads estão desativados. Remova-o, ou use arquivos já presentes neste computador.</translation>
    </message>
  </context>
  <context>
    <name>QueueFilterBar</name>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="40" />
      <source>Queue</source>
      <translation>Fila</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Recently cleared</source>
      <translation>Desmatado recentemente</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Standing forest</source>
      <translation>Floresta em pé</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>Long-term non-forest</source>
      <translation>Não floresta de longo prazo</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>All classes</source>
      <translation>Todas as classes</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="46" />
      <source>Which tiles to review: one class as the model labelled it, or all classified tiles. Ordered by that class's probability, highest first (tile order when the layer has no probabilities).</source>
      <translation>Quais quadrículas revisar: uma classe como o modelo a rotulou, ou todas as quadrículas classificadas. Ordenadas pela probabilidade dessa classe, a maior primeiro (ordem das quadrículas quando a camada não tem probabilidades).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="52" />
      <source>Only confidence below</source>
      <translation>Só confiança abaixo de</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="82" />
      <source>Unavailable: this layer has no confidence values (the inference path gave labels only).</source>
      <translation>Indisponível: esta camada não tem valores de confiança (o caminho de inferência deu só rótulos).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="85" />
      <source>Low-confidence filter unavailable: the layer has no confidence values.</source>
      <translation>Filtro de baixa confiança indisponível: a camada não tem valores de confiança.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="88" />
      <source>Only tiles whose confidence (the probability of the model's label) is below the threshold.</source>
      <translation>Só quadrículas cuja confiança (a probabilidade do rótulo do modelo) está abaixo do limiar.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="92" />
      <source>No probabilities in this layer: tiles are in tile order.</source>
      <translation>Sem probabilidades nesta camada: as quadrículas estão na ordem das quadrículas.</translation>
    </message>
  </context>
  <context>
    <name>RelabelRun</name>
    <message>
      <location filename="../ui/relabel_run.py" line="50" />
      <source>{} exists and is not overwritten: choose another file.</source>
      <translation>{} existe e não é sobrescrito: escolha outro arquivo.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="56" />
      <source>Cannot create the folder {}: {}</source>
      <translation>Não é possível criar a pasta {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="61" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>O algoritmo {} não está registrado. Reative o plugin em Complementos &gt; Gerenciar e Instalar Complementos.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="69" />
      <source>Relabel {} at {:.2f}</source>
      <translation>Reclassificar {} em {:.2f}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="77" />
      <source>Relabelling '{}' at RC_THRESHOLD {:.2f} into {}</source>
      <translation>Reclassificando '{}' com RC_THRESHOLD {:.2f} em {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="119" />
      <source>The result {} could not be loaded.</source>
      <translation>O resultado {} não pôde ser carregado.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="124" />
      <source>{} tiles newly RECENTLY_CLEARED ({} in all), {} labels changed. Layer '{}' added.</source>
      <translation>{} quadrículas novas em RECENTLY_CLEARED ({} no total), {} rótulos mudaram. Camada '{}' adicionada.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="132" />
      <source>Relabelling failed. Processing log:
{}</source>
      <translation>A reclassificação falhou. Log do Processamento:
{}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="134" />
      <location filename="../ui/relabel_run.py" line="135" />
      <source>unknown error</source>
      <translation>erro desconhecido</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="136" />
      <source>Relabelling failed: {}</source>
      <translation>A reclassificação falhou: {}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <location filename="../ui/review_dock.py" line="65" />
      <source>Review deforestation tiles</source>
      <translation>Revisar quadrículas de desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="88" />
      <source>Layer: &lt;b&gt;{}&lt;/b&gt;</source>
      <translation>Camada: &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="94" />
      <source>'{}' is a temporary layer: decisions are lost when QGIS closes unless you save it.</source>
      <translation>'{}' é uma camada temporária: as decisões se perdem quando o QGIS fechar, a menos que você a salve.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="98" />
      <source>'{}' is in QGIS's temporary Processing folder ({}), which QGIS deletes when it closes: review decisions saved there would be lost. Save the layer elsewhere first (right-click &gt; Export &gt; Save Features As...) and review the copy.</source>
      <translation>'{}' está na pasta temporária do Processamento do QGIS ({}), que o QGIS apaga ao fechar: decisões de revisão salvas ali se perderiam. Salve a camada em outro lugar antes (clique direito &gt; Exportar &gt; Salvar feições como...) e revise a cópia.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="197" />
      <location filename="../ui/review_dock.py" line="407" />
      <source>No layer</source>
      <translation>Nenhuma camada</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="229" />
      <source>Queue: the alert tiles, patch by patch (the largest patch first), the most probable first within a patch.</source>
      <translation>Fila: as quadrículas de alerta, fragmento por fragmento (o maior fragmento primeiro), a mais provável primeiro dentro de um fragmento.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="274" />
      <source>Audit mode: a second look at reviewed tiles</source>
      <translation>Modo auditoria: segunda análise dos tiles revisados</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="282" />
      <source>Chip source and reviewer</source>
      <translation>Fonte dos recortes e revisor</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="296" />
      <source>Written to the reviewer field; remembered.</source>
      <translation>Gravado no campo reviewer; lembrado.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="299" />
      <source>Reviewer</source>
      <translation>Revisor</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="409" />
      <source>No tiles match the queue filter</source>
      <translation>Nenhuma quadrícula corresponde ao filtro da fila</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="412" />
      <source>Tile {} of {}</source>
      <translation>Quadrícula {} de {}</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="415" />
      <source>No tile</source>
      <translation>Nenhuma quadrícula</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="441" />
      <source>The reviewed layer was removed.</source>
      <translation>A camada revisada foi removida.</translation>
    </message>
  </context>
  <context>
    <name>TileDetails</name>
    <message>
      <location filename="../ui/tile_details.py" line="14" />
      <source>no class</source>
      <translation>sem classe</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CONFIRMED</source>
      <translation>CONFIRMADA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CORRECTED</source>
      <translation>CORRIGIDA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>UNCLEAR</source>
      <translation>INCERTA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>CLASSIFIED</source>
      <translation>CLASSIFICADA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>NO_DATA</source>
      <translation>SEM DADOS</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>INSUFFICIENT_DATA</source>
      <translation>DADOS INSUFICIENTES</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>CLOUDY</source>
      <translation>NUBLADA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>ERROR</source>
      <translation>ERRO</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="34" />
      <source>not reviewed</source>
      <translation>não revisada</translation>
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
      <translation>Auditoria: {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="53" />
      <source>not computed</source>
      <translation>não calculado</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="66" />
      <source>Model says</source>
      <translation>O modelo diz</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="67" />
      <source>Confidence</source>
      <translation>Confiança</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="70" />
      <source>P({})</source>
      <translation>P({})</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="73" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="76" />
      <source>Review</source>
      <translation>Revisão</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="85" />
      <source>, {:.0%} valid data</source>
      <translation>, {:.0%} de dados válidos</translation>
    </message>
  </context>
  <context>
    <name>ToolbarFlow</name>
    <message>
      <location filename="../ui/toolbar_flow.py" line="109" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>O algoritmo {} não está registrado. Reative o plugin em Complementos &gt; Gerenciar e Instalar Complementos.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="116" />
      <source>The area covers {} tiles of 1 km of '{}'. Classifying them takes {} (less with a GPU). Continue?</source>
      <translation>A área cobre {} quadrículas de 1 km de '{}'. Classificá-las leva {} (menos com uma GPU). Continuar?</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="133" />
      <source>Cannot show the layer as the model sees it: {}</source>
      <translation>Não é possível mostrar a camada como o modelo a vê: {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="138" />
      <source>'{}' is shown as the model sees it: red = band {} (B08, near infrared), green = band {} (B04), blue = band {} (B03), each from DN 0 to 3000. Forest is red, bare soil and clearings green-blue to grey.</source>
      <translation>'{}' é mostrada como o modelo a vê: vermelho = banda {} (B08, infravermelho próximo), verde = banda {} (B04), azul = banda {} (B03), cada uma de DN 0 a 3000. Floresta fica vermelha, solo exposto e desmatamentos de verde-azulado a cinza.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="163" />
      <source>Deforestation Classifier</source>
      <translation>Classificador de Desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="184" />
      <source>Select a Sentinel-2 raster layer in the Layers panel, zoom to the area to classify and click the button again. With no raster, 'Classify this area from Sentinel-2' streams one for the map extent.</source>
      <translation>Selecione uma camada raster Sentinel-2 no painel Camadas, aproxime na área a classificar e clique no botão de novo. Sem raster, 'Classificar esta área a partir do Sentinel-2' busca um para a extensão do mapa.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="192" />
      <source>The layer '{}' is a web or database raster; the classifier reads raster files (GeoTIFF, VRT, SENTINEL2 product). Select a Sentinel-2 raster file layer in the Layers panel and click again.</source>
      <translation>A camada '{}' é um raster web ou de banco de dados; o classificador lê arquivos raster (GeoTIFF, VRT, produto SENTINEL2). Selecione uma camada de arquivo raster Sentinel-2 no painel Camadas e clique de novo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="200" />
      <source>The map view does not show the layer '{}'. Zoom to the area to classify (only tiles inside the view are processed) and click again.</source>
      <translation>A vista do mapa não mostra a camada '{}'. Aproxime na área a classificar (só as quadrículas dentro da vista são processadas) e clique de novo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="203" />
      <source>The area chosen does not overlap the layer '{}'. Choose an area over it and run again.</source>
      <translation>A área escolhida não se sobrepõe à camada '{}'. Escolha uma área sobre ela e execute de novo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="232" />
      <source>Model file(s) not found: {}; the download dialog is open (about {:.0f} MB).</source>
      <translation>Arquivo(s) do modelo não encontrado(s): {}; a janela de download está aberta (cerca de {:.0f} MB).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="237" />
      <source>Model file(s) not found: {}. Put the model card's two GGUF files (text model and mmproj vision projector) there, or set their paths in the plugin settings, then click again.</source>
      <translation>Arquivo(s) do modelo não encontrado(s): {}. Coloque ali os dois arquivos GGUF do cartão do modelo (modelo de texto e projetor de visão mmproj), ou defina seus caminhos nas configurações do plugin, e clique de novo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="251" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Não é possível criar a pasta de saída {}: {}. Escolha outra pasta de saída nas configurações do plugin.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="293" />
      <source>Deforestation Classifier: {}</source>
      <translation>Classificador de Desmatamento: {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="306" />
      <source>Classifying {} within {} into {}</source>
      <translation>Classificando {} dentro de {} em {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the map view</source>
      <translation>a vista do mapa</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the area</source>
      <translation>a área</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="311" />
      <source>Classifying '{}': {} tiles of 1 km, loading the model. Cancel is in the status bar (the task's progress).</source>
      <translation>Classificando '{}': {} quadrículas de 1 km, carregando o modelo. Cancelar fica na barra de status (o progresso da tarefa).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="330" />
      <source>Classifying '{}': {}. Cancel is in the status bar.</source>
      <translation>Classificando '{}': {}. Cancelar fica na barra de status.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="376" />
      <source>{} tiles classified ({}). Layer '{}' added at the top of the Layers panel, in the group '{}'.</source>
      <translation>{} quadrículas classificadas ({}). Camada '{}' adicionada no topo do painel Camadas, no grupo '{}'.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="389" />
      <source>Resume</source>
      <translation>Retomar</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="394" />
      <source>Cancelled. {} tiles were done{}. Resume classifies the rest into the same file.</source>
      <translation>Cancelado. {} quadrículas foram feitas{}. Retomar classifica o resto no mesmo arquivo.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="396" />
      <source> and are shown</source>
      <translation> e são mostradas</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="403" />
      <source>The result {} could not be loaded.</source>
      <translation>O resultado {} não pôde ser carregado.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="417" />
      <source>Classification failed. Processing log:
{}</source>
      <translation>A classificação falhou. Log do Processamento:
{}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="419" />
      <source>unknown error</source>
      <translation>erro desconhecido</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="421" />
      <source>Classification failed: {} See the Log Messages panel (Deforestation Classifier and Processing tabs) for details.</source>
      <translation>A classificação falhou: {} Veja o painel Mensagens de Log (abas Deforestation Classifier e Processing) para detalhes.</translation>
    </message>
    <message>
      <source>Cancelled. {} tiles were done{}.</source>
      <translation type="vanished">Cancelado. {} quadrículas estavam prontas{}.</translation>
    </message>
    <message>
      <source>Classifying {} within the map view into {}</source>
      <translation type="vanished">Classificando {} dentro da vista do mapa em {}</translation>
    </message>
    <message>
      <source>The map view covers {} tiles of 1 km of '{}'. Classifying them takes {} (less with a GPU). Continue?</source>
      <translation type="vanished">A vista do mapa cobre {} quadrículas de 1 km de '{}'. Classificá-las leva {} (menos com uma GPU). Continuar?</translation>
    </message>
    <message>
      <source>The map view covers {} tiles of 1 km of '{}'. Classifying them takes {} on a 2-core CPU (less with a GPU). Continue?</source>
      <translation type="vanished">A vista do mapa cobre {} quadrículas de 1 km de '{}'. Classificá-las leva {} numa CPU de 2 núcleos (menos com uma GPU). Continuar?</translation>
    </message>
  </context>
  <context>
    <name>TuneRecallPanel</name>
    <message>
      <location filename="../ui/tune_recall.py" line="34" />
      <source>Tune recall</source>
      <translation>Ajustar a revocação</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="46" />
      <source>A tile whose probability of RECENTLY_CLEARED reaches this value would be RECENTLY_CLEARED; the others take their most probable class. Lower it to miss fewer clearings, at the cost of more tiles to review.</source>
      <translation>Uma quadrícula cuja probabilidade de RECENTLY_CLEARED atinge este valor seria RECENTLY_CLEARED; as outras tomam sua classe mais provável. Reduza-o para perder menos desmatamentos, ao custo de mais quadrículas a revisar.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="51" />
      <source>RECENTLY_CLEARED from</source>
      <translation>RECENTLY_CLEARED a partir de</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="57" />
      <source>A tile becomes RECENTLY_CLEARED when its probability of RECENTLY_CLEARED reaches the threshold. Below it the tile keeps the model's label, and a tile the model labelled RECENTLY_CLEARED keeps it while RECENTLY_CLEARED is its most probable class. Lowering the threshold adds clearings; raising it only removes those a lower threshold added.</source>
      <translation>Uma quadrícula se torna RECENTLY_CLEARED quando sua probabilidade de RECENTLY_CLEARED atinge o limiar. Abaixo dele a quadrícula mantém o rótulo do modelo, e uma quadrícula que o modelo rotulou RECENTLY_CLEARED o mantém enquanto RECENTLY_CLEARED for sua classe mais provável. Baixar o limiar acrescenta desmatamentos; subi-lo só remove os que um limiar mais baixo acrescentou.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="65" />
      <source>Above 0.5 the labels are the same as at 0.5: a tile whose probability of RECENTLY_CLEARED is above 0.5 always has it as its most probable class, so it stays RECENTLY_CLEARED. To check the model's own clearings, review them (the least confident first) instead.</source>
      <translation>Acima de 0,5 os rótulos são os mesmos que em 0,5: uma quadrícula cuja probabilidade de RECENTLY_CLEARED passa de 0,5 sempre a tem como classe mais provável, então continua RECENTLY_CLEARED. Para conferir os desmatamentos encontrados pelo próprio modelo, revise-os (os de menor confiança primeiro).</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="73" />
      <source>Relabel into a new layer...</source>
      <translation>Reclassificar numa nova camada...</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="74" />
      <source>Runs 'Relabel tiles for another RECENTLY_CLEARED threshold' into a new GeoPackage (next to this one unless you choose another file) and adds it to the project. This layer and its review decisions stay as they are; the copy keeps them.</source>
      <translation>Executa 'Reclassificar quadrículas para outro limiar de RECENTLY_CLEARED' num novo GeoPackage (ao lado deste, a menos que você escolha outro arquivo) e o adiciona ao projeto. Esta camada e suas decisões de revisão ficam como estão; a cópia as mantém.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="120" />
      <source>Relabelled layer</source>
      <translation>Camada reclassificada</translation>
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
      <translation>Decisões já feitas na saída mantidas: {} tiles ({} que não são mais alerta, marcados {} em {}).</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="142" />
      <source>{} tiles hold a later decision from the input than the one the output had; the later one is kept: {}.</source>
      <translation>{} tiles têm na entrada uma decisão mais recente que a da saída; a mais recente é mantida: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="146" />
      <source>{} tiles with a decision are not in the new output (their decision is not carried): {}.</source>
      <translation>{} tiles com decisão não estão na nova saída (a decisão não é levada): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="132" />
      <source>{} has a tile_id that is not a tile id of Classify deforestation: {!r}. Use layers written by deforestation:classify.</source>
      <translation>{} tem um tile_id que não é um identificador de quadrícula de Classificar desmatamento: {!r}. Use camadas gravadas por deforestation:classify.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="137" />
      <source>{} must hold tiles of one grid; it holds {}.</source>
      <translation>{} deve conter quadrículas de uma só grade; contém {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="146" />
      <source>BEFORE and AFTER are on different tile grids ({} and {}): their tiles do not line up. Classify both rasters on the same grid (the same UTM zone), e.g. by reprojecting one raster into the other's CRS first.</source>
      <translation>BEFORE e AFTER estão em grades de quadrículas diferentes ({} e {}): suas quadrículas não se alinham. Classifique os dois rasters na mesma grade (a mesma zona UTM), por exemplo reprojetando primeiro um raster para o SRC do outro.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="289" />
      <source>{} tiles compared, {} alerts in {} patches; {} only in BEFORE, {} only in AFTER, {} without a class in one of the dates (not guessed).</source>
      <translation>{} quadrículas comparadas, {} alertas em {} fragmentos; {} só em BEFORE, {} só em AFTER, {} sem classe numa das datas (não adivinhadas).</translation>
    </message>
    <message>
      <location filename="../core/alerts/date_imagery.py" line="97" />
      <source>{} has no band {}.</source>
      <translation>{} não tem a banda {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/delineation.py" line="44" />
      <source>No clearings: they need an image of each date (BEFORE_RASTER and AFTER_RASTER, or BEFORE and AFTER outputs that record their source raster). A clearing is a change between two images: one image alone cannot tell a fresh clearing from an old pasture or bare ground. cleared_ha and confidence are left empty.</source>
      <translation>Sem desmatamentos: eles precisam de uma imagem de cada data (BEFORE_RASTER e AFTER_RASTER, ou saídas BEFORE e AFTER que registrem seu raster de origem). Um desmatamento é uma mudança entre duas imagens: uma imagem sozinha não distingue um desmatamento recente de uma pastagem antiga ou solo exposto. cleared_ha e confidence ficam vazios.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="136" />
      <source>{} field decisions written into the compare output; {} unchanged.</source>
      <translation>{} decisões de campo gravadas na saída da comparação; {} inalteradas.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="139" />
      <source>{} tiles hold an office decision as late as the field's or later: the office's is kept, the field's is not written (it stays in the field package): {}.</source>
      <translation>{} quadrículas têm uma decisão do escritório tão recente quanto a do campo ou mais: a do escritório é mantida, a do campo não é gravada (fica no pacote de campo): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="144" />
      <source>{} tiles were decided in the office after the package was made and later in the field: the field's later decision is written: {}.</source>
      <translation>{} quadrículas foram decididas no escritório depois de o pacote ser feito e mais tarde no campo: a decisão posterior, do campo, é gravada: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="148" />
      <source>{} field decisions are on tiles the compare output does not have: {}.</source>
      <translation>{} decisões de campo estão em quadrículas que a saída da comparação não tem: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="151" />
      <source>{} field decisions cannot be written (fix them in the field package and merge again): {}.</source>
      <translation>{} decisões de campo não podem ser gravadas (corrija-as no pacote de campo e mescle novamente): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="66" />
      <source>{} already holds a field package ({}). Merge its decisions first (deforestation:field_merge), then choose an empty folder or remove the old package.</source>
      <translation>{} já contém um pacote de campo ({}). Mescle antes as suas decisões (deforestation:field_merge), depois escolha uma pasta vazia ou remova o pacote antigo.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="92" />
      <source>{} could not be copied into the field package {}: {}</source>
      <translation>{} não pôde ser copiado para o pacote de campo {}: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="93" />
      <source>GDAL refused it</source>
      <translation>o GDAL recusou</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="134" />
      <source>{} chips could not be made: {}</source>
      <translation>{} recortes não puderam ser gerados: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="153" />
      <source>The field package {} could not be opened after writing it: {}</source>
      <translation>O pacote de campo {} não pôde ser aberto depois de gravado: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="162" />
      <source>No chips: give BEFORE_RASTER and AFTER_RASTER (the images the compare output was made from) to attach the before and after chips of each tile.</source>
      <translation>Sem recortes: informe BEFORE_RASTER e AFTER_RASTER (as imagens a partir das quais a saída da comparação foi feita) para anexar os recortes anterior e posterior de cada quadrícula.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="185" />
      <source>{} is not a field package: it needs a layer '{}' with the fields of a compare output and the review fields. Choose the {} that deforestation:field_package wrote.</source>
      <translation>{} não é um pacote de campo: é preciso uma camada '{}' com os campos de uma saída da comparação e os campos da revisão. Escolha o {} que o deforestation:field_package gravou.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>confirmed</source>
      <translation>confirmados</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>rejected</source>
      <translation>rejeitados</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>unclear</source>
      <translation>incertos</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="48" />
      <source>not reviewed</source>
      <translation>não revisada</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="52" />
      <source>{:.1f} ha</source>
      <translation>{:.1f} ha</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="56" />
      <source>not computed</source>
      <translation>não calculado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <source>before {}; after {}</source>
      <translation>antes {}; depois {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <location filename="../core/alerts/report.py" line="63" />
      <location filename="../core/alerts/report.py" line="157" />
      <source>not recorded</source>
      <translation>não registrado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="76" />
      <source>{}: not reviewed</source>
      <translation>{}: não revisado</translation>
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
      <translation>(sem nome)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="84" />
      <source>; reason: {}</source>
      <translation>; motivo: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="88" />
      <source>; audit: {} by {}</source>
      <translation>; auditoria: {} por {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="94" />
      <source>; not audited</source>
      <translation>; não auditado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="111" />
      <source>{} alert tiles in {} patches.</source>
      <translation>{} tiles de alerta em {} manchas.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="112" />
      <source>Alert tiles by tier and decision:</source>
      <translation>Tiles de alerta por nível e decisão:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="116" />
      <location filename="../core/alerts/report.py" line="171" />
      <source>no tier</source>
      <translation>sem nível</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="119" />
      <source>Total area of the alert patches: {}; cleared inside them: {}.</source>
      <translation>Área total das manchas de alerta: {}; desmatada dentro delas: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="123" />
      <source>Cleared area by overlay polygon:</source>
      <translation>Área desmatada por polígono de sobreposição:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="126" />
      <source>Cleared area by overlay polygon: no overlay given or no overlap.</source>
      <translation>Área desmatada por polígono de sobreposição: nenhuma camada de sobreposição ou nenhuma interseção.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="127" />
      <source>Dates: {}.</source>
      <translation>Datas: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="128" />
      <source>Provenance:</source>
      <translation>Proveniência:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="158" />
      <source>{:.5f}, {:.5f} (longitude, latitude, WGS 84)</source>
      <translation>{:.5f}, {:.5f} (longitude, latitude, WGS 84)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="169" />
      <source>Area: {} ({} tile(s) of 1 km²); cleared inside: {}</source>
      <translation>Área: {} ({} tile(s) de 1 km²); desmatado dentro: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="171" />
      <source>Tier: {}</source>
      <translation>Nível: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="172" />
      <source>P(recently cleared) after: highest {}, lowest {}</source>
      <translation>P(desmatamento recente) depois: maior {}, menor {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="174" />
      <source>Dates: {}</source>
      <translation>Datas: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="175" />
      <source>Centroid: {}</source>
      <translation>Centroide: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="178" />
      <source>Overlaps: {}</source>
      <translation>Sobreposições: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="180" />
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="181" />
      <source>Clearings delineated: {}</source>
      <translation>Desmatamentos delineados: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="182" />
      <source>Decisions (review and audit):</source>
      <translation>Decisões (revisão e auditoria):</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="186" />
      <source>Alert patch {}</source>
      <translation>Mancha de alerta {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="168" />
      <location filename="../core/alerts/report_layout.py" line="256" />
      <source>Deforestation alert report</source>
      <translation>Relatório de alertas de desmatamento</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="175" />
      <source>Page area</source>
      <translation>Área da página</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="178" />
      <source>Location of this page</source>
      <translation>Localização desta página</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="179" />
      <source>Every alert; this page's area framed</source>
      <translation>Todos os alertas; a área desta página enquadrada</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="180" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="181" />
      <source>After</source>
      <translation>Depois</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="184" />
      <source>{}: no image given (BEFORE_RASTER, AFTER_RASTER)</source>
      <translation>{}: nenhuma imagem informada (BEFORE_RASTER, AFTER_RASTER)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="217" />
      <source>the layout could not be exported (code {})</source>
      <translation>o layout não pôde ser exportado (código {})</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="266" />
      <location filename="../processing_provider/compare_algorithm.py" line="120" />
      <source>Alert tiles</source>
      <translation>Quadrículas de alerta</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="276" />
      <source>The report could not be written to {}: {}</source>
      <translation>Não foi possível gravar o relatório em {}: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="306" />
      <location filename="../processing_provider/compare_algorithm.py" line="115" />
      <location filename="../processing_provider/compare_algorithm.py" line="122" />
      <location filename="../processing_provider/field_project.py" line="154" />
      <source>Clearings</source>
      <translation>Desmatamentos</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="307" />
      <source>Compare output</source>
      <translation>Saída da comparação</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="308" />
      <source>Plugin version</source>
      <translation>Versão do plugin</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="309" />
      <source>Report made</source>
      <translation>Relatório gerado</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>as recorded in the two classify outputs compared (their layer metadata)</source>
      <translation>como registrado nas duas saídas de classificação comparadas (metadados da camada)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="26" />
      <source>Forest lost (alert)</source>
      <translation>Floresta perdida (alerta)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="27" />
      <source>No alert</source>
      <translation>Sem alerta</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="46" />
      <source>Highest: alert, clearing and reference agree</source>
      <translation>Máximo: alerta, desmatamento e referência concordam</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="47" />
      <source>High: alert and clearing agree</source>
      <translation>Alto: alerta e desmatamento concordam</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="48" />
      <source>Candidate: a clearing the model kept as forest</source>
      <translation>Candidato: um desmatamento que o modelo manteve como floresta</translation>
    </message>
    <message>
      <location filename="../core/alerts/tiers.py" line="118" />
      <source>{} clearings, {:.2f} ha in all. Tiles: {} highest, {} high, {} candidate (kept as forest by the model), {} low; {} alert tiles without a tier (too little of them seen in both images).</source>
      <translation>{} desmatamentos, {:.2f} ha no total. Quadrículas: {} highest, {} high, {} candidate (mantidas como floresta pelo modelo), {} low; {} quadrículas de alerta sem nível (muito pouco delas visto nas duas imagens).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="70" />
      <source>FIRST_YEAR {} is before {}, the first year of Hansen loss; choose a year from 2001 on (e.g. 2020).</source>
      <translation>FIRST_YEAR {} é anterior a {}, o primeiro ano da perda de Hansen; escolha um ano a partir de 2001 (ex.: 2020).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="74" />
      <source>LAST_YEAR {} is before FIRST_YEAR {}; the window is FIRST_YEAR..LAST_YEAR inclusive (e.g. 2020-2024).</source>
      <translation>LAST_YEAR {} é anterior a FIRST_YEAR {}; a janela é FIRST_YEAR..LAST_YEAR inclusive (ex.: 2020-2024).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="78" />
      <source>LAST_YEAR {} is beyond what lossyear can encode.</source>
      <translation>LAST_YEAR {} está além do que lossyear consegue codificar.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="82" />
      <source>CANOPY_THRESHOLD {} is not a percentage (0-100).</source>
      <translation>CANOPY_THRESHOLD {} não é uma porcentagem (0-100).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="87" />
      <source>{} {} is not a fraction between 0 and 1.</source>
      <translation>{} {} não é uma fração entre 0 e 1.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="237" />
      <source>TREECOVER and LOSSYEAR are not on the same pixel grid ({} x {} px at {} vs {} x {} px at {}). Use the treecover2000 and lossyear files of the same granule(s), e.g. build one VRT per layer with gdalbuildvrt over the same granule list, without resampling.</source>
      <translation>TREECOVER e LOSSYEAR não estão na mesma grade de pixels ({} x {} px em {} vs {} x {} px em {}). Use os arquivos treecover2000 e lossyear do(s) mesmo(s) grânulo(s), por exemplo criando um VRT por camada com gdalbuildvrt sobre a mesma lista de grânulos, sem reamostragem.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="245" />
      <source>The Hansen rasters are rotated or not north-up; use the published granules (or a VRT of them) as they are.</source>
      <translation>Os rasters de Hansen estão rotacionados ou não orientados ao norte; use os grânulos publicados (ou um VRT deles) como estão.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="263" />
      <source>{} cannot be opened by GDAL: {} ({}).</source>
      <translation>{} não pode ser aberto pelo GDAL: {} ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="266" />
      <source>{} is not a raster GDAL can read: {}.</source>
      <translation>{} não é um raster que o GDAL consiga ler: {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="135" />
      <source>Cancelled after {} of {} tiles.</source>
      <translation>Cancelado após {} de {} quadrículas.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="136" />
      <source>Done. {}</source>
      <translation>Concluído. {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="171" />
      <source>Feature {}: cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Feição {}: não pode ser transformada para o SRC dos rasters ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="186" />
      <source>TREECOVER has no CRS; the Hansen granules are in EPSG:4326. Set the layer's CRS (Layer Properties &gt; Source) or use the original files.</source>
      <translation>TREECOVER não tem SRC; os grânulos Hansen estão em EPSG:4326. Defina o SRC da camada (Propriedades da camada &gt; Fonte) ou use os arquivos originais.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="246" />
      <source>{}: unrecognised coordinate reference system {}.</source>
      <translation>{}: sistema de referência de coordenadas não reconhecido {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="260" />
      <source>The tiles cannot be transformed to the rasters' CRS ({}).</source>
      <translation>As quadrículas não podem ser transformadas para o SRC dos rasters ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="279" />
      <source>LAST_YEAR {} is after the last loss year of {} ({}): loss in {} is not in these files. Use a newer Hansen version or an earlier LAST_YEAR.</source>
      <translation>LAST_YEAR {} é posterior ao último ano de perda de {} ({}): a perda em {} não está nesses arquivos. Use uma versão mais nova do Hansen ou um LAST_YEAR anterior.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="300" />
      <source>Hansen granules covering the tiles: {}</source>
      <translation>Grânulos Hansen que cobrem as quadrículas: {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="41" />
      <source>No tile has a valid class in both {} and {} ({} features read). Choose the fields that hold the predicted and the reference class, and label some tiles first (review dock or Hansen reference labels).</source>
      <translation>Nenhuma quadrícula tem uma classe válida em {} e {} ({} feições lidas). Escolha os campos com a classe prevista e a de referência, e rotule algumas quadrículas antes (painel de revisão ou Rótulos de referência Hansen).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="47" />
      <source>No reference tile is RECENTLY_CLEARED: its recall is undefined and reported as 0 (zero_division=0).</source>
      <translation>Nenhuma quadrícula de referência é RECENTLY_CLEARED: sua revocação é indefinida e informada como 0 (zero_division=0).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="61" />
      <source>Cannot write the report {}: {}. Choose a writable OUTPUT_HTML path.</source>
      <translation>Não é possível gravar o relatório {}: {}. Escolha um caminho OUTPUT_HTML gravável.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="71" />
      <source>{} tiles left out: {} without a valid {}, {} without a valid {}, {} without either.</source>
      <translation>{} quadrículas deixadas de fora: {} sem {} válido, {} sem {} válido, {} sem nenhum dos dois.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="78" />
      <source>Values that are not one of {}: {}</source>
      <translation>Valores que não são um de {}: {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="82" />
      <source>{} tiles evaluated: accuracy {:.1%}, macro F1 {:.1%}, RECENTLY_CLEARED recall {:.3f}.</source>
      <translation>{} quadrículas avaliadas: acurácia {:.1%}, F1 macro {:.1%}, revocação de RECENTLY_CLEARED {:.3f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="31" />
      <source>earthsearch:boa_offset_applied is true: the DN are used as stored (the training DN)</source>
      <translation>earthsearch:boa_offset_applied é true: os DN são usados como armazenados (os DN do treinamento)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="34" />
      <source>processing baseline {}</source>
      <translation>linha de base de processamento {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="35" />
      <source>no processing baseline stated</source>
      <translation>nenhuma linha de base de processamento informada</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="36" />
      <source>{}: no BOA offset, DN used as stored</source>
      <translation>{}: sem offset BOA, DN usados como armazenados</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="37" />
      <source>earthsearch:boa_offset_applied is false</source>
      <translation>earthsearch:boa_offset_applied é false</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="38" />
      <source>no earthsearch:boa_offset_applied</source>
      <translation>sem earthsearch:boa_offset_applied</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="42" />
      <source>{}, processing baseline {}: the item's raster:bands offset {:g} applied as {:+.0f} DN</source>
      <translation>{}, linha de base de processamento {}: o offset raster:bands do item, {:g}, aplicado como {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="44" />
      <source>{}, processing baseline {}: BOA_ADD_OFFSET -1000 (product specification)</source>
      <translation>{}, linha de base de processamento {}: BOA_ADD_OFFSET -1000 (especificação do produto)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="89" />
      <source>Values of {}: {}.</source>
      <translation>Valores de {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="131" />
      <source>{} {} ({} tiles)</source>
      <translation>{} {} ({} quadrículas)</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="136" />
      <source>{} tiles from {} acquisitions: {}</source>
      <translation>{} quadrículas de {} aquisições: {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="139" />
      <source>; {} tiles covered by no acquisition (no data)</source>
      <translation>; {} quadrículas sem nenhuma aquisição (sem dados)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="99" />
      <source>START_DATE {} is after END_DATE {}.</source>
      <translation>START_DATE {} é posterior a END_DATE {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="108" />
      <source>{} '{}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>{} '{}' não é uma data: escreva-a como AAAA-MM-DD.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="138" />
      <source>The items {} name no EPSG code (proj:epsg / proj:code): the UTM grid is unknown.</source>
      <translation>Os itens {} não indicam código EPSG (proj:epsg / proj:code): a grade UTM é desconhecida.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="177" />
      <source>Searching {} at {} from {} to {} over lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</source>
      <translation>Buscando {} em {} de {} a {} sobre lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</translation>
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
      <translation>{} itens, {} aquisições sobre a extensão.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="204" />
      <source>{} has JPEG 2000 assets only (no COG): its bands are read from its *-jp2 assets through GDAL's JPEG 2000 driver over HTTP (/vsicurl/), more slowly than COGs.</source>
      <translation>{} só tem assets JPEG 2000 (nenhum COG): as suas bandas são lidas dos assets *-jp2 pelo driver JPEG 2000 do GDAL via HTTP (/vsicurl/), mais devagar que COGs.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="213" />
      <source>Grid EPSG:{}, {:.0f} x {:.0f} m</source>
      <translation>Grade EPSG:{}, {:.0f} x {:.0f} m</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="215" />
      <source>Tiles: {}</source>
      <translation>Quadrículas: {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="247" />
      <source>{} items were found in more than one collection ({}); each acquisition of an MGRS tile is taken once, from the collection listed first in COLLECTION ({}: for sentinel-2-l2a, the model's training source); left out: {}.</source>
      <translation>{} itens foram encontrados em mais de uma coleção ({}); cada aquisição de um tile MGRS é usada uma só vez, da coleção listada primeiro em COLLECTION ({}: no caso de sentinel-2-l2a, a fonte de treino do modelo); deixados de fora: {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="269" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %)</source>
      <translation>Aquisição {}: {} (nuvens da cena {:.1f} %)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="272" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %, SCL cloud over the extent {:.1%})</source>
      <translation>Aquisição {}: {} (nuvens da cena {:.1f} %, nuvens SCL sobre a extensão {:.1%})</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="287" />
      <source>PER_TILE: the SCL of all {} acquisitions is read over the area; each 1 km tile takes the clearest (MAX_CLOUD_COVER does not apply in this mode).</source>
      <translation>PER_TILE: a SCL de todas as {} aquisições é lida sobre a área; cada quadrícula de 1 km usa a mais limpa (MAX_CLOUD_COVER não se aplica neste modo).</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="294" />
      <source>The SCL of no acquisition over the extent{} could be read: check the connection and STAC_URL.</source>
      <translation>Não foi possível ler a SCL de nenhuma aquisição sobre a extensão{}: verifique a conexão e STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="313" />
      <source>Copying {} to a local GeoTIFF.</source>
      <translation>Copiando {} para um GeoTIFF local.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="182" />
      <source>No Sentinel-2 scene covers the extent{}. Widen the date window (START_DATE, END_DATE) or check the extent.</source>
      <translation>Nenhuma cena Sentinel-2 cobre a extensão{}. Amplie a janela de datas (START_DATE, END_DATE) ou verifique a extensão.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="188" />
      <source>All {} acquisitions over the extent{} are too cloudy: the least cloudy ({}, {}) has {} % cloud, above MAX_CLOUD_COVER = {} %. Raise MAX_CLOUD_COVER or widen the date window.</source>
      <translation>Todas as {} aquisições sobre a extensão{} estão nubladas demais: a menos nublada ({}, {}) tem {} % de nuvens, acima de MAX_CLOUD_COVER = {} %. Aumente MAX_CLOUD_COVER ou amplie a janela de datas.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="46" />
      <source>The asset href '{}' of the STAC catalogue was refused: only http:// and https:// assets (and s3:// of public buckets) are read.</source>
      <translation>O href de asset '{}' do catálogo STAC foi recusado: só são lidos assets http:// e https:// (e s3:// de buckets públicos).</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="55" />
      <source>The item {} has no '{}' asset ({}), neither as a COG nor as '{}-jp2'; is COLLECTION a Sentinel-2 L2A collection?</source>
      <translation>O item {} não tem o asset '{}' ({}), nem como COG nem como '{}-jp2'; COLLECTION é uma coleção Sentinel-2 L2A?</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="67" />
      <source>The '{}' asset of {} cannot be read ({}): {}.</source>
      <translation>O asset '{}' de {} não pode ser lido ({}): {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="156" />
      <source>GDAL could not mosaic the '{}' assets: {}.</source>
      <translation>O GDAL não conseguiu montar o mosaico dos assets '{}': {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="200" />
      <source>GDAL could not write {}.</source>
      <translation>O GDAL não conseguiu gravar {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="42" />
      <source>The STAC API at {} cannot be reached ({}). Check the internet connection; behind a proxy, set it in QGIS Settings &gt; Options &gt; Network (the search goes through QGIS's network settings); or set STAC_URL to a catalogue you can reach.</source>
      <translation>A API STAC em {} não pode ser alcançada ({}). Verifique a conexão com a internet; atrás de um proxy, configure-o em QGIS Configurações &gt; Opções &gt; Rede (a pesquisa passa pelas configurações de rede do QGIS); ou defina STAC_URL com um catálogo que você alcance.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="49" />
      <source>The STAC address '{}' was refused: only http:// and https:// addresses are asked or followed (STAC_URL, the catalogue's next links and redirects).</source>
      <translation>O endereço STAC '{}' foi recusado: só endereços http:// e https:// são consultados ou seguidos (STAC_URL, os links next do catálogo e redirecionamentos).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="127" />
      <source>The server or a proxy refuses the request: check QGIS's proxy settings.</source>
      <translation>O servidor ou um proxy recusa a requisição: verifique as configurações de proxy do QGIS.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="130" />
      <source>Check STAC_URL: it should be the API root (it answers /search).</source>
      <translation>Verifique STAC_URL: deve ser a raiz da API (ela responde a /search).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="131" />
      <source>The STAC API at {} answered HTTP {}. {} {}</source>
      <translation>A API STAC em {} respondeu HTTP {}. {} {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="136" />
      <source>The STAC API at {} did not answer JSON ({}); check STAC_URL.</source>
      <translation>A API STAC em {} não respondeu JSON ({}); verifique STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="174" />
      <source>The STAC API's next link '{}' was refused: only http:// and https:// links are followed.</source>
      <translation>O link next '{}' da API STAC foi recusado: só links http:// e https:// são seguidos.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="64" />
      <source>Expected one {} file in {}, found {} ({}). Put one file per band (B03, B04, B08) in the folder, or build the VRT yourself.</source>
      <translation>Esperado um arquivo {} em {}, encontrados {} ({}). Coloque um arquivo por banda (B03, B04, B08) na pasta, ou crie o VRT você mesmo.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="82" />
      <source>GDAL could not stack the band files of {}.</source>
      <translation>O GDAL não conseguiu empilhar os arquivos de banda de {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="57" />
      <source>Cannot find the {} ({}) band from the band descriptions ({}). Set {} to its band number.</source>
      <translation>Não é possível encontrar a banda {} ({}) pelas descrições das bandas ({}). Defina {} com o número dela.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="61" />
      <source>Several bands look like {} ({}): {} ({}). Set {} to the right one.</source>
      <translation>Várias bandas parecem ser {} ({}): {} ({}). Defina {} com a correta.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="70" />
      <source>The raster has {} band(s); a chip needs three (B08, B04, B03). Use a multi-band Sentinel-2 L2A raster, or stack the bands into a VRT first.</source>
      <translation>O raster tem {} banda(s); um recorte precisa de três (B08, B04, B03). Use um raster Sentinel-2 L2A multibanda, ou empilhe antes as bandas num VRT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="79" />
      <source>{}_BAND is {}, but the raster has {} band(s) (valid numbers are 1 to {}).</source>
      <translation>{}_BAND é {}, mas o raster tem {} banda(s) (números válidos de 1 a {}).</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="74" />
      <source>Unrecognised coordinate reference system: {}. Give an EPSG code or a WKT definition.</source>
      <translation>Sistema de referência de coordenadas não reconhecido: {}. Informe um código EPSG ou uma definição WKT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="112" />
      <source>the raster's own UTM zone</source>
      <translation>a própria zona UTM do raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="129" />
      <source>in degrees</source>
      <translation>em graus</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="130" />
      <source>not a UTM zone</source>
      <translation>não é uma zona UTM</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="131" />
      <source>not in metres</source>
      <translation>não está em metros</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="132" />
      <source>the raster's CRS</source>
      <translation>o SRC do raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="134" />
      <source>{} is {}, so the tiles are cut in the UTM zone of the area's centre ({}) to be 1 km and 10 m on the ground</source>
      <translation>{} está {}, por isso as quadrículas são cortadas na zona UTM do centro da área ({}) para terem 1 km e 10 m no terreno</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="158" />
      <source>The extent cannot be transformed into the grid CRS: check the extent's CRS.</source>
      <translation>A extensão não pode ser transformada para o SRC da grade: verifique o SRC da extensão.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="47" />
      <source>{} valid pixels, too few to tell</source>
      <translation>{} pixels válidos, poucos demais para decidir</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="48" />
      <source>darkest 1 % of {} valid pixels at Red {:.0f} and Green {:.0f} DN</source>
      <translation>1 % mais escuro de {} pixels válidos em Vermelho {:.0f} e Verde {:.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="53" />
      <source>the pixels say the offset was removed ({}: dark targets below {:.0f}, which DN with the +1000 offset do not reach)</source>
      <translation>os pixels indicam que o offset foi removido ({}: alvos escuros abaixo de {:.0f}, que DN com o offset +1000 não atingem)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="57" />
      <source>the pixels say the +1000 offset is still in ({}: almost none below {:.0f}, dark targets at 1000 plus a few hundred)</source>
      <translation>os pixels indicam que o offset +1000 ainda está presente ({}: quase nenhum abaixo de {:.0f}, alvos escuros em 1000 mais algumas centenas)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="60" />
      <source>the pixels cannot tell ({}: no dark target such as water or forest, as over desert, snow or cloud)</source>
      <translation>os pixels não permitem decidir ({}: nenhum alvo escuro como água ou floresta, como sobre deserto, neve ou nuvem)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="105" />
      <source>{}: the BOA offset could not be checked against the pixels ({}); the metadata decides: {}.</source>
      <translation>{}: o offset BOA não pôde ser conferido com os pixels ({}); os metadados decidem: {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>{:+.0f} DN applied</source>
      <translation>{:+.0f} DN aplicado</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>DN used as stored</source>
      <translation>DN usados como armazenados</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="112" />
      <source>{}: the metadata and the pixels disagree about the BOA offset. Metadata: {}. Pixels: {}. The pixels decide: {}.</source>
      <translation>{}: os metadados e os pixels discordam sobre o offset BOA. Metadados: {}. Pixels: {}. Os pixels decidem: {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="115" />
      <source>pixels over metadata: {} ({}; the metadata said: {})</source>
      <translation>pixels acima dos metadados: {} ({}; os metadados diziam: {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="41" />
      <source>GDAL cannot open the raster '{}': {}</source>
      <translation>O GDAL não consegue abrir o raster '{}': {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="43" />
      <source>GDAL cannot open the raster '{}'.</source>
      <translation>O GDAL não consegue abrir o raster '{}'.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="56" />
      <source>The raster has no coordinate reference system. Assign one in the layer properties (Source &gt; Assigned Coordinate Reference System) and run again.</source>
      <translation>O raster não tem sistema de referência de coordenadas. Atribua um nas propriedades da camada (Fonte &gt; SRC atribuído) e execute novamente.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="105" />
      <source>GDAL could not resample the raster onto the 10 m tile grid.</source>
      <translation>O GDAL não conseguiu reamostrar o raster na grade de quadrículas de 10 m.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="123" />
      <source>GDAL could not read tile {}.</source>
      <translation>O GDAL não conseguiu ler a quadrícula {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="133" />
      <location filename="../core/imagery/s2_product.py" line="143" />
      <location filename="../models/verify.py" line="170" />
      <source>Cannot read {}: {}</source>
      <translation>Não é possível ler {}: {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="138" />
      <source>Cannot read {}: it declares a DTD, which no Sentinel-2 product XML does.</source>
      <translation>Não é possível ler {}: declara um DTD, o que nenhum XML de produto Sentinel-2 faz.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="179" />
      <source>the raster's band offset {:g} (reflectance) applied as {:+.0f} DN</source>
      <translation>o offset de banda do raster, {:g} (reflectância), aplicado como {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="186" />
      <source>float reflectance multiplied by 10000, band offset applied as {:+.0f} DN</source>
      <translation>reflectância em ponto flutuante multiplicada por 10000, offset de banda aplicado como {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="190" />
      <source>float reflectance multiplied by 10000</source>
      <translation>reflectância em ponto flutuante multiplicada por 10000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="192" />
      <source>the raster's band offset {:+.0f} DN applied</source>
      <translation>o offset de banda do raster, {:+.0f} DN, aplicado</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="196" />
      <source>BOA_ADD_OFFSET {:+.0f} from the product metadata</source>
      <translation>BOA_ADD_OFFSET {:+.0f} dos metadados do produto</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="201" />
      <source>processing baseline {}: BOA_ADD_OFFSET -1000</source>
      <translation>linha de base de processamento {}: BOA_ADD_OFFSET -1000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="218" />
      <source>median {:.3g}</source>
      <translation>mediana {:.3g}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="242" />
      <source>{} (float raster, {})</source>
      <translation>{} (raster de ponto flutuante, {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="247" />
      <source>SCALE {:g} given by the user</source>
      <translation>SCALE {:g} informado pelo usuário</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="253" />
      <source>OFFSET {:+.0f} DN given by the user</source>
      <translation>OFFSET {:+.0f} DN informado pelo usuário</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="260" />
      <source>the fetched scene: {}</source>
      <translation>a cena baixada: {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="273" />
      <source>a BOA offset</source>
      <translation>um offset BOA</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="274" />
      <source>the raster</source>
      <translation>o raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="320" />
      <source>The values look like Sentinel-2 L2A DN of processing baseline 04.00 or later with the +1000 BOA offset still in: the darkest 1 % of valid pixels are at Red {:.0f} and Green {:.0f} DN, where harmonised L2A has dark targets (water, shadow, forest in Red) at a few hundred. The chips are too bright. If the raster comes from a SAFE L2A product of 2022-01-25 or later (Copernicus Data Space, Planetary Computer, GEE S2_SR), set OFFSET = -1000; leave OFFSET empty if it is already harmonised (Earth Search, GEE S2_SR_HARMONIZED) and the area has no dark surface.</source>
      <translation>Os valores parecem DN do Sentinel-2 L2A de linha de base de processamento 04.00 ou posterior com o offset BOA +1000 ainda presente: o 1 % mais escuro dos pixels válidos está em Vermelho {:.0f} e Verde {:.0f} DN, enquanto o L2A harmonizado tem alvos escuros (água, sombra, floresta no Vermelho) em algumas centenas. Os recortes ficam claros demais. Se o raster vem de um produto SAFE L2A de 2022-01-25 ou posterior (Copernicus Data Space, Planetary Computer, GEE S2_SR), defina OFFSET = -1000; deixe OFFSET vazio se ele já estiver harmonizado (Earth Search, GEE S2_SR_HARMONIZED) e a área não tiver superfície escura.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="338" />
      <source>The values look like reflectance x 1000, not x 10000: NIR median {:.0f}, Red median {:.0f} and 99 % of NIR below {:.0f}, where Sentinel-2 L2A DN over land have NIR medians of a few thousand. The chips are almost black. Set SCALE = 10 to turn them into DN.</source>
      <translation>Os valores parecem reflectância x 1000, não x 10000: mediana do NIR {:.0f}, mediana do Vermelho {:.0f} e 99 % do NIR abaixo de {:.0f}, enquanto os DN do Sentinel-2 L2A sobre terra têm medianas de NIR de alguns milhares. Os recortes ficam quase pretos. Defina SCALE = 10 para convertê-los em DN.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="354" />
      <source>The NIR band's values look unusual for Sentinel-2 L2A: median {:.4g} (min {:.4g}, max {:.4g}); expected surface reflectance x 10000 with a median of a few thousand. Check the bands, or set SCALE and OFFSET (DN = raw x SCALE + OFFSET); chips are stretched as DN / 3000 x 255.</source>
      <translation>Os valores da banda NIR parecem incomuns para o Sentinel-2 L2A: mediana {:.4g} (mín {:.4g}, máx {:.4g}); esperada reflectância de superfície x 10000 com mediana de alguns milhares. Verifique as bandas, ou defina SCALE e OFFSET (DN = bruto x SCALE + OFFSET); os recortes são esticados como DN / 3000 x 255.</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="49" />
      <source>this llama.cpp build has a GPU backend but found no usable GPU device</source>
      <translation>esta compilação do llama.cpp tem um backend de GPU, mas não encontrou nenhuma GPU utilizável</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="50" />
      <source>this llama.cpp build has no GPU backend</source>
      <translation>esta compilação do llama.cpp não tem backend de GPU</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="122" />
      <source>CPU {:.3f} s per chip, GPU {} {:.3f} s per chip: {} chosen ({})</source>
      <translation>CPU {:.3f} s por recorte, GPU {} {:.3f} s por recorte: {} escolhida ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="155" />
      <source>GPU offload automatic: CPU ({}).</source>
      <translation>Descarga na GPU automática: CPU ({}).</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="160" />
      <source>GPU offload automatic: timing {} chips on the CPU and on the GPU {} (once for this build, model and device)</source>
      <translation>Descarga na GPU automática: cronometrando {} recortes na CPU e na GPU {} (uma vez para esta compilação, modelo e dispositivo)</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="170" />
      <source>GPU offload automatic: {}.</source>
      <translation>Descarga na GPU automática: {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="84" />
      <source>Unknown engine {!r}: use {}.</source>
      <translation>Motor desconhecido {!r}: use {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="105" />
      <source>{} file not found: {}. Put the model card's GGUF files (v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) in the model folder, or give their paths as MODEL and MMPROJ.</source>
      <translation>Arquivo {} não encontrado: {}. Coloque os arquivos GGUF do cartão do modelo (v2_no_coords-Q4_K_M.gguf e mmproj-v2_no_coords-F16.gguf) na pasta de modelos ou informe seus caminhos como MODEL e MMPROJ.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="113" />
      <source>Model download cancelled; run the algorithm again to resume it.</source>
      <translation>Download do modelo cancelado; execute o algoritmo novamente para retomá-lo.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="128" />
      <source>The managed local llama-server backend is selected but no llama-server executable was found. Download a llama.cpp release for this system (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon) and point the plugin settings at its llama-server, or put it on PATH (or set $DEFORESTATION_LLAMA_SERVER).</source>
      <translation>O backend llama-server local gerenciado está selecionado, mas nenhum executável llama-server foi encontrado. Baixe uma versão do llama.cpp para este sistema (Vulkan para GPUs AMD/Intel, CUDA para NVIDIA, Metal no Apple silicon) e aponte as configurações do plugin para o seu llama-server, ou coloque-o no PATH (ou defina $DEFORESTATION_LLAMA_SERVER).</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="144" />
      <source>Starting the local llama-server {} with {} + {} (waiting for /health)</source>
      <translation>Iniciando o llama-server local {} com {} + {} (aguardando /health)</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="150" />
      <source>Backend: local llama-server at {} ({} requests in flight; log: {})</source>
      <translation>Backend: llama-server local em {} ({} requisições simultâneas; log: {})</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="162" />
      <source>The server backend is selected but no server URL is set: set it in the plugin settings (or $DEFORESTATION_SERVER_URL), e.g. http://127.0.0.1:8080/v1, or switch the backend back to llama.cpp.</source>
      <translation>O backend de servidor está selecionado, mas nenhuma URL de servidor está definida: defina-a nas configurações do plugin (ou $DEFORESTATION_SERVER_URL), ex.: http://127.0.0.1:8080/v1, ou volte ao backend llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="166" />
      <source>Backend: OpenAI-compatible server {} ({} requests in flight per server); MODEL, MMPROJ and ENGINE are not used.</source>
      <translation>Backend: servidor compatível com OpenAI {} ({} requisições simultâneas por servidor); MODEL, MMPROJ e ENGINE não são usados.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="179" />
      <source>Connecting to {}</source>
      <translation>Conectando a {}</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="184" />
      <source>Loading model {} + {} ({} engine)</source>
      <translation>Carregando o modelo {} + {} (motor {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="20" />
      <source>The Python package llama-cpp-python is not installed in QGIS's Python ({}). Install it with: python3 -m pip install {}</source>
      <translation>O pacote Python llama-cpp-python não está instalado no Python do QGIS ({}). Instale-o com: python3 -m pip install {}</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>all layers</source>
      <translation>todas as camadas</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>{} layers</source>
      <translation>{} camadas</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="182" />
      <source>GPU {} (text model: {} offloaded; vision projector: {})</source>
      <translation>GPU {} (modelo de texto: {} na GPU; projetor de visão: {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="187" />
      <source>CPU {}, {} threads (text model and vision projector{})</source>
      <translation>CPU {}, {} threads (modelo de texto e projetor de visão{})</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="131" />
      <source>The {} file is missing: {}.</source>
      <translation>O arquivo {} está faltando: {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="144" />
      <source>{} does not know {}: it is older than the llama.cpp of the model card's evaluation and cannot be told how many image tokens to make of a chip (docs/MODEL.md). Use a current llama.cpp release.</source>
      <translation>{} não conhece {}: é mais antigo que o llama.cpp da avaliação do cartão do modelo e não pode ser informado de quantos tokens de imagem fazer de um recorte (docs/MODEL.md). Use uma versão atual do llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="176" />
      <source>Cannot start {} ({}). Point the plugin settings at a llama-server executable from llama.cpp's releases.</source>
      <translation>Não é possível iniciar {} ({}). Aponte as configurações do plugin para um executável llama-server das versões do llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="202" />
      <source>The local server stopped while starting (exit code {}): {}</source>
      <translation>O servidor local parou durante a inicialização (código de saída {}): {}</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="205" />
      <source>Starting the local server was cancelled.</source>
      <translation>A inicialização do servidor local foi cancelada.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="219" />
      <source>The local server did not answer {} within {:g} s. Its log: {}</source>
      <translation>O servidor local não respondeu {} em {:g} s. Seu log: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="70" />
      <source>The model's answer is not JSON: {!r:.200}</source>
      <translation>A resposta do modelo não é JSON: {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="73" />
      <source>The model's answer has no valid class_label: {!r:.200}</source>
      <translation>A resposta do modelo não tem class_label válido: {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="103" />
      <source>The rendered prompt does not start with text</source>
      <translation>O prompt renderizado não começa com texto</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="111" />
      <source>The tokenizer of {} does not tell the three answers apart</source>
      <translation>O tokenizador de {} não distingue as três respostas</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="126" />
      <source>{} has no tokenizer.chat_template</source>
      <translation>{} não tem tokenizer.chat_template</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="159" />
      <source>Tokenization failed for {!r:.80}</source>
      <translation>A tokenização falhou para {!r:.80}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="199" />
      <source>mtmd_bitmap_init failed</source>
      <translation>mtmd_bitmap_init falhou</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="216" />
      <source>mtmd_input_chunks_init failed</source>
      <translation>mtmd_input_chunks_init falhou</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="220" />
      <source>mtmd_tokenize failed with {}</source>
      <translation>mtmd_tokenize falhou com {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="233" />
      <source>Unexpected mtmd chunk type {}</source>
      <translation>Tipo de bloco mtmd inesperado {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="45" />
      <location filename="../core/inference/scoring_engine.py" line="67" />
      <source>Model file not found: {}</source>
      <translation>Arquivo do modelo não encontrado: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="67" />
      <source>llama.cpp could not load the model pair {} + {}: {}</source>
      <translation>O llama.cpp não conseguiu carregar o par de modelos {} + {}: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="89" />
      <source>llama.cpp could not load the text model {}</source>
      <translation>O llama.cpp não conseguiu carregar o modelo de texto {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="118" />
      <source>llama.cpp could not create a context for {} (n_ctx {}, {} sequences)</source>
      <translation>O llama.cpp não conseguiu criar um contexto para {} (n_ctx {}, {} sequências)</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="134" />
      <source>mtmd could not load the vision projector {} for {}</source>
      <translation>O mtmd não conseguiu carregar o projetor de visão {} para {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="138" />
      <source>{} has no vision encoder</source>
      <translation>{} não tem codificador de visão</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="176" />
      <source>batch of {} tokens &gt; n_batch {}</source>
      <translation>lote de {} tokens &gt; n_batch {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="187" />
      <source>llama_decode failed with {} ({})</source>
      <translation>llama_decode falhou com {} ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="192" />
      <source>No logits for batch index {}</source>
      <translation>Sem logits para o índice de lote {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="222" />
      <source>The engine is closed</source>
      <translation>O motor está fechado</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="313" />
      <source>The prompt head differs from the cached one</source>
      <translation>O início do prompt difere do que está em cache</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="334" />
      <source>mtmd_encode_chunk failed with {}</source>
      <translation>mtmd_encode_chunk falhou com {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="342" />
      <source>mtmd_helper_decode_image_chunk failed with {}</source>
      <translation>mtmd_helper_decode_image_chunk falhou com {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="347" />
      <source>The prompt ends with an image: no text before the answer</source>
      <translation>O prompt termina com uma imagem: nenhum texto antes da resposta</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="45" />
      <source>No server URL is set. Give the OpenAI-compatible base URL (e.g. http://127.0.0.1:8080/v1) in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>Nenhuma URL de servidor definida. Informe a URL base compatível com OpenAI (ex.: http://127.0.0.1:8080/v1) nas configurações do plugin ou em $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="81" />
      <location filename="../core/inference/server_pool.py" line="119" />
      <source>The server engine is closed.</source>
      <translation>O motor do servidor está fechado.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="126" />
      <source>The server at {} did not answer with a chat completion: {!r}</source>
      <translation>O servidor em {} não respondeu com uma chat completion: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="129" />
      <source>The server at {} answered no text: {!r}</source>
      <translation>O servidor em {} não respondeu nenhum texto: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="155" />
      <location filename="../core/inference/server_http.py" line="234" />
      <source>{} (tried {} times)</source>
      <translation>{} (tentado {} vezes)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="185" />
      <source>{} (tried {} times, on every server of the pool)</source>
      <translation>{} (tentado {} vezes, em cada servidor do conjunto)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="81" />
      <source>{} (The server URL is in the plugin settings or $DEFORESTATION_SERVER_URL; the key in the plugin settings or $DEFORESTATION_SERVER_API_KEY.)</source>
      <translation>{} (A URL do servidor está nas configurações do plugin ou em $DEFORESTATION_SERVER_URL; a chave, nas configurações do plugin ou em $DEFORESTATION_SERVER_API_KEY.)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="135" />
      <source>{} Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>{} Verifique a URL do servidor nas configurações do plugin (ou $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="146" />
      <source>What answers at {} is not an HTTP server ({!r}). Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>O que responde em {} não é um servidor HTTP ({!r}). Verifique a URL do servidor nas configurações do plugin (ou $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="164" />
      <source>The server at {} answered something that is not JSON: {!r}</source>
      <translation>O servidor em {} respondeu algo que não é JSON: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="180" />
      <source>The server at {} refused the request (HTTP {}): the API key is missing or wrong. Set the server's key in the plugin settings (stored in the QGIS authentication database) or in $DEFORESTATION_SERVER_API_KEY.</source>
      <translation>O servidor em {} recusou a requisição (HTTP {}): a chave de API está faltando ou errada. Defina a chave do servidor nas configurações do plugin (guardada no banco de autenticação do QGIS) ou em $DEFORESTATION_SERVER_API_KEY.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="186" />
      <source>No OpenAI-compatible endpoint at {} (HTTP 404). The server URL must be the base URL that serves /chat/completions and /models, e.g. http://127.0.0.1:8080/v1.</source>
      <translation>Nenhum endpoint compatível com OpenAI em {} (HTTP 404). A URL do servidor deve ser a URL base que serve /chat/completions e /models, ex.: http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="200" />
      <source>The server at {} refused the request (HTTP {}): {}{}</source>
      <translation>O servidor em {} recusou a requisição (HTTP {}): {}{}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="239" />
      <source>{}/models is not an OpenAI-compatible model list: {}</source>
      <translation>{}/models não é uma lista de modelos compatível com OpenAI: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="245" />
      <source>The server at {} lists no model at {}/models: {!r}. Is it an OpenAI-compatible server with a model loaded?</source>
      <translation>O servidor em {} não lista nenhum modelo em {}/models: {!r}. É um servidor compatível com OpenAI com um modelo carregado?</translation>
    </message>
    <message>
      <location filename="../core/inference/server_pool.py" line="75" />
      <location filename="../core/inference/server_pool.py" line="145" />
      <source>No server of the pool answers: {}</source>
      <translation>Nenhum servidor do conjunto responde: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="78" />
      <source>'{}' is not a server URL. Give the OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1, in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>'{}' não é uma URL de servidor. Informe a URL base compatível com OpenAI, ex.: http://127.0.0.1:8080/v1, nas configurações do plugin ou em $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="93" />
      <source>Unknown response format '{}': use one of {}.</source>
      <translation>Formato de resposta desconhecido '{}': use um de {}.</translation>
    </message>
    <message>
      <location filename="../core/output/input_style.py" line="76" />
      <source>Select a Sentinel-2 raster file layer (GeoTIFF, VRT or SENTINEL2 product) in the Layers panel first.</source>
      <translation>Selecione primeiro uma camada de arquivo raster Sentinel-2 (GeoTIFF, VRT ou produto SENTINEL2) no painel Camadas.</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="61" />
      <source>Standing forest</source>
      <translation>Floresta em pé</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="62" />
      <source>Recently cleared</source>
      <translation>Desmatado recentemente</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="114" />
      <location filename="../processing_provider/field_project.py" line="63" />
      <source>Long-term non-forest</source>
      <translation>Não floresta de longo prazo</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="120" />
      <source>Reviewed: confirmed (black outline)</source>
      <translation>Revisada: confirmada (contorno preto)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="121" />
      <source>Reviewed: corrected (magenta outline)</source>
      <translation>Revisada: corrigida (contorno magenta)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="122" />
      <source>Reviewed: unclear (yellow outline)</source>
      <translation>Revisada: incerta (contorno amarelo)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="139" />
      <source>Not classified (no data, partial tile, cloud or error)</source>
      <translation>Não classificada (sem dados, quadrícula parcial, nuvem ou erro)</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="82" />
      <source>OUTPUT must be a GeoPackage (.gpkg), not '{}'. Choose a .gpkg file name.</source>
      <translation>OUTPUT deve ser um GeoPackage (.gpkg), não '{}'. Escolha um nome de arquivo .gpkg.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="86" />
      <source>Cannot resume: {} holds no layer of tiles (it was left unfinished, or it is not an output of this algorithm). Nothing was changed. Set OVERWRITE to replace it, or choose another OUTPUT file name.</source>
      <translation>Não é possível retomar: {} não contém uma camada de quadrículas (ficou inacabada, ou não é uma saída deste algoritmo). Nada foi alterado. Ative OVERWRITE para substituí-la, ou escolha outro nome de arquivo OUTPUT.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="92" />
      <source>OUTPUT {} already exists{}. Nothing was changed. Set RESUME to continue it with the same settings, choose another OUTPUT file name, or set OVERWRITE to replace it (its tiles and review decisions are then deleted).</source>
      <translation>OUTPUT {} já existe{}. Nada foi alterado. Ative RESUME para continuá-la com as mesmas configurações, escolha outro nome de arquivo OUTPUT, ou ative OVERWRITE para substituí-la (suas quadrículas e decisões de revisão são então apagadas).</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="206" />
      <source>Cannot write the output {}: {}. Choose a folder you can write to.</source>
      <translation>Não é possível gravar a saída {}: {}. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="230" />
      <source>Cannot put the output in place at {}: {}. Close any program that holds it open (another QGIS layer, a file explorer preview) and run again.</source>
      <translation>Não é possível colocar a saída em {}: {}. Feche qualquer programa que a mantenha aberta (outra camada do QGIS, uma pré-visualização do explorador de arquivos) e execute de novo.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="248" />
      <source>Cannot resume: {} is not a readable GeoPackage ({}). Choose another OUTPUT, or set OVERWRITE to replace it.</source>
      <translation>Não é possível retomar: {} não é um GeoPackage legível ({}). Escolha outra OUTPUT, ou ative OVERWRITE para substituí-la.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="294" />
      <source>it was made from another raster: {} (the output), not {} (now). One layer must not mix two rasters or dates</source>
      <translation>ela foi feita a partir de outro raster: {} (a saída), não {} (agora). Uma camada não deve misturar dois rasters ou datas</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="301" />
      <source>Cannot resume into {}: {}. Nothing was changed. Run with the settings it was made with, choose another OUTPUT file name, or set OVERWRITE to replace it.</source>
      <translation>Não é possível retomar em {}: {}. Nada foi alterado. Execute com as configurações com que ela foi feita, escolha outro nome de arquivo OUTPUT, ou ative OVERWRITE para substituí-la.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="108" />
      <source>The extent does not overlap the raster. Choose an extent inside the raster (or leave EXTENT empty to use the whole raster).</source>
      <translation>A extensão não se sobrepõe ao raster. Escolha uma extensão dentro do raster (ou deixe EXTENT vazio para usar o raster inteiro).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="115" />
      <source>The extent is empty: no 1 km tile intersects it.</source>
      <translation>A extensão está vazia: nenhuma quadrícula de 1 km a intersecta.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="208" />
      <source>tile 1 of {}</source>
      <translation>quadrícula 1 de {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="209" />
      <source>tile {} of {}, about {} left</source>
      <translation>quadrícula {} de {}, faltam cerca de {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="263" />
      <source>The model gave no valid label on {} tiles in a row; last answer: {}. Check that the model is the model card's (MODEL and MMPROJ, or the model the server runs).</source>
      <translation>O modelo não deu rótulo válido em {} quadrículas seguidas; última resposta: {}. Verifique se o modelo é o do cartão do modelo (MODEL e MMPROJ, ou o modelo que o servidor executa).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="329" />
      <source>The model failed on a group of {} tiles ({}: {}); they are classified one by one.</source>
      <translation>O modelo falhou num grupo de {} quadrículas ({}: {}); elas são classificadas uma a uma.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="33" />
      <source>Unknown audit status {!r}.</source>
      <translation>Status de auditoria desconhecido {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="35" />
      <source>Tile {} has no decision to audit yet: review it first.</source>
      <translation>O tile {} ainda não tem decisão para auditar: revise-o primeiro.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="39" />
      <source>An audit needs the auditor's name: fill in 'Reviewer' in the dock's settings.</source>
      <translation>Uma auditoria precisa do nome do auditor: preencha 'Revisor' nas configurações do painel.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="42" />
      <source>Tile {} was reviewed by {}: a second look must be another person's. Audit it under another name, or leave it to another auditor.</source>
      <translation>O tile {} foi revisado por {}: a segunda análise deve ser de outra pessoa. Audite-o com outro nome ou deixe-o para outro auditor.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="56" />
      <source>{} of {} audited</source>
      <translation>{} de {} auditados</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="79" />
      <source>Cannot tell where tile {!r} lies.</source>
      <translation>Não é possível saber onde fica a quadrícula {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="91" />
      <source>The grid CRS of tile {} is unknown.</source>
      <translation>O SRC da grade da quadrícula {} é desconhecido.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="142" />
      <source>{} of {} reviewed</source>
      <translation>{} de {} revisadas</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="187" />
      <source>Unknown review status {!r}.</source>
      <translation>Status de revisão desconhecido {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="190" />
      <source>Cannot correct to {!r}: not one of {}.</source>
      <translation>Não é possível corrigir para {!r}: não é um de {}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="197" />
      <source>Tile {} has no class to confirm; correct it to a class instead.</source>
      <translation>A quadrícula {} não tem classe a confirmar; corrija-a para uma classe.</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="44" />
      <source>Agriculture or pasture rotation</source>
      <translation>Rotação de agricultura ou pastagem</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="45" />
      <source>Plantation harvest</source>
      <translation>Colheita de plantio florestal</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="46" />
      <source>Seasonal or phenology change</source>
      <translation>Mudança sazonal ou fenológica</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="47" />
      <source>Cloud or shadow</source>
      <translation>Nuvem ou sombra</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="48" />
      <source>Water level</source>
      <translation>Nível da água</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="49" />
      <source>Burn without clearing</source>
      <translation>Queimada sem desmatamento</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="50" />
      <source>Cleared before the BEFORE date</source>
      <translation>Desmatado antes da data BEFORE</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="51" />
      <source>Other</source>
      <translation>Outro</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="69" />
      <source>Unknown reason {!r}: use one of {}.</source>
      <translation>Motivo desconhecido {!r}: use um de {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="165" />
      <source>The layer '{}' is read-only, so decisions cannot be stored. Save it as a GeoPackage (Export &gt; Save Features As) and review the copy.</source>
      <translation>A camada '{}' é somente leitura, então as decisões não podem ser armazenadas. Salve-a como GeoPackage (Exportar &gt; Salvar feições como) e revise a cópia.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="192" />
      <source>The layer '{}' is in edit mode. Save or discard its edits (toggle editing off), then review: decisions are saved as they are made.</source>
      <translation>A camada '{}' está em modo de edição. Salve ou descarte suas edições (desative a edição) e então revise: as decisões são salvas à medida que são tomadas.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="198" />
      <source>Cannot add the review fields to '{}': its format does not allow new fields. Save it as a GeoPackage and review the copy.</source>
      <translation>Não é possível adicionar os campos de revisão a '{}': seu formato não permite novos campos. Salve-a como GeoPackage e revise a cópia.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="204" />
      <source>Cannot add the review fields to '{}': {}.</source>
      <translation>Não é possível adicionar os campos de revisão a '{}': {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="206" />
      <source>the data source refused them</source>
      <translation>a fonte de dados os recusou</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="210" />
      <source>The review fields {} could not be added.</source>
      <translation>Os campos de revisão {} não puderam ser adicionados.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="259" />
      <source>The layer has no field {}.</source>
      <translation>A camada não tem o campo {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="276" />
      <source>The decision on tile {} could not be entered in the open edits of '{}' (it is saved in the file).</source>
      <translation>A decisão sobre a quadrícula {} não pôde ser registrada nas edições abertas de '{}' (ela está salva no arquivo).</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="279" />
      <source>The decision on tile {} could not be entered in the open edits of '{}'.</source>
      <translation>A decisão sobre a quadrícula {} não pôde ser registrada nas edições abertas de '{}'.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="287" />
      <source>The decision on tile {} could not be saved: the layer '{}' cannot be edited.</source>
      <translation>A decisão sobre a quadrícula {} não pôde ser salva: a camada '{}' não pode ser editada.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="299" />
      <location filename="../core/review/store.py" line="306" />
      <source>The decision on tile {} could not be saved: {}.</source>
      <translation>A decisão sobre a quadrícula {} não pôde ser salva: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="63" />
      <source>{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.</source>
      <translation>{} quadrículas de 1 km em {}; bandas NIR={}, Vermelho={}, Verde={}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="65" />
      <source>Tile grid {}: {}.</source>
      <translation>Grade de quadrículas {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="116" />
      <source>Device: {}</source>
      <translation>Dispositivo: {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="127" />
      <source>{} The tiles done so far are saved in {}; run again with RESUME to continue.</source>
      <translation>{} As quadrículas feitas até agora estão salvas em {}; execute novamente com RESUME para continuar.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="132" />
      <source>Tiles per server:
{}</source>
      <translation>Quadrículas por servidor:
{}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="171" />
      <source>The extent covers {} tiles of 1 km ({}), more than MAX_TILES = {}. Zoom in or set EXTENT to a smaller area, or raise MAX_TILES to {} to run it anyway.</source>
      <translation>A extensão cobre {} quadrículas de 1 km ({}), mais que MAX_TILES = {}. Aproxime ou defina EXTENT numa área menor, ou aumente MAX_TILES para {} para executá-la mesmo assim.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="196" />
      <source>Cannot create the output folder {}: {}. Choose a folder you can write to.</source>
      <translation>Não é possível criar a pasta de saída {}: {}. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="200" />
      <source>Cannot write the output {}: permission denied. Choose a folder you can write to.</source>
      <translation>Não é possível gravar a saída {}: permissão negada. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="206" />
      <source>SCALE must be above 0 (DN = raw x SCALE + OFFSET), not {}. Leave it empty for automatic.</source>
      <translation>SCALE deve ser maior que 0 (DN = bruto x SCALE + OFFSET), não {}. Deixe vazio para automático.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="212" />
      <source>Part of the streamed scene cannot be read ({}): the tiles that need it will be ERROR; RESUME retries them.</source>
      <translation>Parte da cena transmitida não pode ser lida ({}): as quadrículas que precisam dela ficarão ERROR; RESUME tenta de novo.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="217" />
      <source>The raster's values cannot be read: {}. Check the file; for a scene fetched by deforestation:fetch_sentinel2, fetch it again.</source>
      <translation>Os valores do raster não podem ser lidos: {}. Verifique o arquivo; para uma cena baixada por deforestation:fetch_sentinel2, baixe-a de novo.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="225" />
      <source>Values: {}.</source>
      <translation>Valores: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="227" />
      <source>Values: used as DN (surface reflectance x 10000) as they are.</source>
      <translation>Valores: usados como DN (reflectância de superfície x 10000) tal como estão.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="230" />
      <source>This looks like a Sentinel-2 L1C (top-of-atmosphere) product. The model was trained on L2A surface reflectance: expect less reliable labels; use the L2A product of the same date if you can.</source>
      <translation>Parece um produto Sentinel-2 L1C (topo da atmosfera). O modelo foi treinado com reflectância de superfície L2A: espere rótulos menos confiáveis; use o produto L2A da mesma data, se puder.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="244" />
      <source>RC_THRESHOLD needs class probabilities, which the recipe engine does not give; it is ignored. Use the fast scoring engine.</source>
      <translation>RC_THRESHOLD precisa das probabilidades das classes, que o motor da receita não fornece; é ignorado. Use o motor rápido de pontuação.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="257" />
      <source>Cannot create the chips folder {}: {}</source>
      <translation>Não é possível criar a pasta de recortes {}: {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="270" />
      <source>Cloud mask: the fetched scene's SCL {} (CLOUD_MASK not given).</source>
      <translation>Máscara de nuvens: a SCL da cena baixada {} (CLOUD_MASK não informado).</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="287" />
      <source>Cloud mask read as {}.</source>
      <translation>Máscara de nuvens lida como {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>SCL (classes 3, 8, 9, 10)</source>
      <translation>SCL (classes 3, 8, 9, 10)</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>non-zero = cloud</source>
      <translation>não zero = nuvem</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="297" />
      <source>The cloud mask {} has no data over {} tiles (outside it, or its nodata): their cloud_fraction is empty and they were classified without cloud gating. Use a mask that covers the whole extent to gate them.</source>
      <translation>A máscara de nuvens {} não tem dados sobre {} quadrículas (fora dela, ou seu nodata): o cloud_fraction delas está vazio e elas foram classificadas sem filtro de nuvens. Use uma máscara que cubra toda a extensão para filtrá-las.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="321" />
      <source>Resuming: {} tiles of this extent already done, same model, settings and raster.</source>
      <translation>Retomando: {} quadrículas desta extensão já feitas, mesmo modelo, configurações e raster.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="356" />
      <source>The last tiles could not be saved to {}: {}. The tiles committed before are kept.</source>
      <translation>As últimas quadrículas não puderam ser salvas em {}: {}. As quadrículas gravadas antes são mantidas.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="367" />
      <source>Cancelled after {} of {} tiles; the output holds the tiles done. Run again with RESUME to finish.</source>
      <translation>Cancelado após {} de {} quadrículas; a saída contém as quadrículas feitas. Execute novamente com RESUME para terminar.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="372" />
      <source>Every tile is NO_DATA: the extent holds no valid pixel of the raster (DN 0 or nodata). Check the extent and the raster's nodata value.</source>
      <translation>Todas as quadrículas são NO_DATA: a extensão não contém nenhum pixel válido do raster (DN 0 ou nodata). Verifique a extensão e o valor nodata do raster.</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="97" />
      <source>, {:.2f} s per tile</source>
      <translation>, {:.2f} s por quadrícula</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="99" />
      <source> ({} already done)</source>
      <translation> ({} já feitas)</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="101" />
      <source>Cancelled: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Cancelado: {} de {} quadrículas{} em {} em {}{}. {}. Saída: {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="102" />
      <source>Done: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Concluído: {} de {} quadrículas{} em {} em {}{}. {}. Saída: {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="104" />
      <source>an unknown device</source>
      <translation>um dispositivo desconhecido</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="105" />
      <source>No new tiles</source>
      <translation>Nenhuma quadrícula nova</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="116" />
      <source>a time that depends on the server</source>
      <translation>um tempo que depende do servidor</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="119" />
      <source>about {} on a 2-core CPU</source>
      <translation>cerca de {} numa CPU de 2 núcleos</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="102" />
      <source>Unknown platform {!r}: choose among {}.</source>
      <translation>Plataforma desconhecida {!r}: escolha entre {}.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="106" />
      <source>Model file not found: {}. Download the model first (plugin settings), or give the folder that holds it.</source>
      <translation>Arquivo do modelo não encontrado: {}. Baixe o modelo primeiro (configurações do plugin) ou informe a pasta que o contém.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="113" />
      <source>{}/{}: no prebuilt build for this platform, skipped</source>
      <translation>{}/{}: não há build pré-compilado para esta plataforma, ignorado</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="127" />
      <source>{}: pip download of {} failed, left out (no prebuilt wheel, or no network: pip's reason is in bundle.json)</source>
      <translation>{}: o pip download de {} falhou, deixado de fora (sem wheel pré-compilado, ou sem rede: o motivo do pip está no bundle.json)</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="132" />
      <source>{}: {} wheels</source>
      <translation>{}: {} wheels</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="148" />
      <source>Cancelled: the bundle is incomplete and has no {}. Write it again to use it.</source>
      <translation>Cancelado: o pacote está incompleto e não tem {}. Grave-o de novo para usá-lo.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="157" />
      <source>{} is not an offline bundle (no readable {}: {}). Choose the folder `make offline-bundle` wrote.</source>
      <translation>{} não é um pacote offline ({} legível ausente: {}). Escolha a pasta que `make offline-bundle` gravou.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="169" />
      <source>The bundle has no wheels for {} (it has: {}). Write a bundle for this platform with `make offline-bundle`, or choose another backend.</source>
      <translation>O pacote não tem wheels para {} (ele tem: {}). Grave um pacote para esta plataforma com `make offline-bundle` ou escolha outro backend.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="175" />
      <location filename="../installer/offline_bundle.py" line="189" />
      <source>{} is missing or damaged (its SHA-256 differs from bundle.json): copy the bundle again.</source>
      <translation>{} está faltando ou danificado (seu SHA-256 difere do bundle.json): copie o pacote novamente.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="81" />
      <source>Cannot find QGIS's Python {} with pip (tried: {}). Set {} to its interpreter, or install pip for it (Debian/Ubuntu: apt install python3-pip; OSGeo4W: the python3-pip package).</source>
      <translation>Não foi encontrado o Python {} do QGIS com pip (tentado: {}). Defina {} com o seu interpretador ou instale o pip para ele (Debian/Ubuntu: apt install python3-pip; OSGeo4W: o pacote python3-pip).</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="135" />
      <source>Unknown backend {!r}; choose one of {}.</source>
      <translation>Backend desconhecido {!r}; escolha um de {}.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="172" />
      <source>Cannot start {}: {}</source>
      <translation>Não é possível iniciar {}: {}</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="190" />
      <source>Installation cancelled.</source>
      <translation>Instalação cancelada.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="191" />
      <source>Installation stopped after {} s.</source>
      <translation>Instalação interrompida após {} s.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="222" />
      <source>Cannot create {}: {}. Set {} to a writable folder.</source>
      <translation>Não é possível criar {}: {}. Defina {} como uma pasta gravável.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="238" />
      <source>pip failed (exit code {}). See the log above: there is no prebuilt wheel of {} for this backend and platform, and the source build needs {}. Try another backend (CPU works everywhere), another prebuilt wheel index in the plugin settings, or the managed local llama-server backend, which never compiles.</source>
      <translation>O pip falhou (código de saída {}). Veja o log acima: não há wheel pré-compilada de {} para este backend e plataforma, e a compilação a partir do código-fonte precisa de {}. Tente outro backend (a CPU funciona em qualquer lugar), outro índice de wheels pré-compiladas nas configurações do plugin ou o backend llama-server local gerenciado, que nunca compila.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="251" />
      <source>{} was installed into {} but cannot be imported (see the log). Try another backend, or the CPU backend.</source>
      <translation>{} foi instalado em {} mas não pode ser importado (veja o log). Tente outro backend ou o backend de CPU.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="37" />
      <source>No QGIS profile folder to install into; set {}.</source>
      <translation>Nenhuma pasta de perfil do QGIS onde instalar; defina {}.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="70" />
      <source>llama-cpp-python is not installed in QGIS's Python</source>
      <translation>llama-cpp-python não está instalado no Python do QGIS</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="81" />
      <source>llama-cpp-python is installed but cannot be loaded: {}</source>
      <translation>llama-cpp-python está instalado mas não pode ser carregado: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="67" />
      <source>This computer looks offline, or its network needs a proxy: check the connection and the proxy in QGIS Settings &gt; Options &gt; Network, then download again. Or fetch the two files another way (the download dialog shows their links) and choose them with 'Use files already on this computer...'.</source>
      <translation>Este computador parece estar offline, ou sua rede precisa de um proxy: verifique a conexão e o proxy em Configurações &gt; Opções &gt; Rede do QGIS e baixe novamente. Ou obtenha os dois arquivos de outra forma (a janela de download mostra seus links) e escolha-os com 'Usar arquivos já presentes neste computador...'.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="172" />
      <source>Resuming {} at {:.1f} MB.</source>
      <translation>Retomando {} em {:.1f} MB.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="204" />
      <source>Cannot reach {} to download {}: {}. {}</source>
      <translation>Não é possível alcançar {} para baixar {}: {}. {}</translation>
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
      <translation>O download de {} foi interrompido em {}: {}. Execute-o novamente: ele continua dali.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="220" />
      <source>Download of {} ended with {:,} bytes instead of {:,}; the partial file was deleted. Run the download again.</source>
      <translation>O download de {} terminou com {:,} bytes em vez de {:,}; o arquivo parcial foi excluído. Execute o download novamente.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="226" />
      <source>{} does not match the SHA-256 the server publishes for it (expected {}, got {}): the download was corrupted or the file changed, and it was deleted. Run the download again.</source>
      <translation>{} não corresponde ao SHA-256 que o servidor publica para ele (esperado {}, obtido {}): o download foi corrompido ou o arquivo mudou, e ele foi excluído. Execute o download novamente.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="233" />
      <source>{} downloaded from {} is not the file this computer recorded at its first download: expected SHA-256 {} (recorded in {}, {}), got {}. The file on the server changed; it was refused and deleted. If the change is intended (a new version of the model), remove the entry "{}" from {} and download again.</source>
      <translation>{} baixado de {} não é o arquivo que este computador registrou no primeiro download: SHA-256 esperado {} (registrado em {}, {}), obtido {}. O arquivo no servidor mudou; foi recusado e excluído. Se a mudança for intencional (uma nova versão do modelo), remova a entrada "{}" de {} e baixe novamente.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="245" />
      <source>The file downloaded from {} was refused and deleted: {}</source>
      <translation>O arquivo baixado de {} foi recusado e excluído: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="311" />
      <source>Downloading {} from {}/{} into {}. Licence: {}</source>
      <translation>Baixando {} de {}/{} para {}. Licença: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="320" />
      <source>{} (about {:.1f} MB) from {}</source>
      <translation>{} (cerca de {:.1f} MB) de {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="350" />
      <source>Revision {} (asked for, instead of the pinned or recorded one).</source>
      <translation>Revisão {} (pedida, em vez da fixada ou registrada).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="354" />
      <source>Revision {} (pinned by this plugin version).</source>
      <translation>Revisão {} (fixada por esta versão do plugin).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="361" />
      <source>Revision {} (recorded at the first download in {}).</source>
      <translation>Revisão {} (registrada no primeiro download em {}).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="370" />
      <source>Revision {}: what '{}' is now, recorded in {}; later downloads use this commit.</source>
      <translation>Revisão {}: o que '{}' é agora, registrado em {}; os próximos downloads usam este commit.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="374" />
      <source>The hub did not say which commit '{}' is: downloading from '{}', and the files' own SHA-256 are recorded at this first download.</source>
      <translation>O repositório não informou qual commit é '{}': baixando de '{}', e o SHA-256 dos próprios arquivos é registrado neste primeiro download.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="401" />
      <source>The hub published no SHA-256 for {}: its own SHA-256 {} was recorded in {} (trust on first use); later downloads and loads must match it.</source>
      <translation>O repositório não publicou SHA-256 para {}: o seu próprio SHA-256 {} foi registrado em {} (confiança no primeiro uso); os próximos downloads e carregamentos devem corresponder a ele.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="97" />
      <source>{} Check HF_ENDPOINT: the model hub answers with http(s) addresses only.</source>
      <translation>{} Verifique HF_ENDPOINT: o repositório de modelos responde apenas com endereços http(s).</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="114" />
      <source>The server answered a different byte range ({!r}) than the one asked (from {}). Delete the .part file and try again.</source>
      <translation>O servidor respondeu um intervalo de bytes diferente ({!r}) do pedido (a partir de {}). Exclua o arquivo .part e tente novamente.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="121" />
      <source>Unexpected HTTP status {}.</source>
      <translation>Status HTTP inesperado {}.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="133" />
      <source>The repository needs authentication; check the URL and HF_ENDPOINT.</source>
      <translation>O repositório exige autenticação; verifique a URL e HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="134" />
      <source>Access denied; check the URL, HF_ENDPOINT and the QGIS proxy settings.</source>
      <translation>Acesso negado; verifique a URL, HF_ENDPOINT e as configurações de proxy do QGIS.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="135" />
      <source>Not found: check HF_ENDPOINT and that the model card still publishes this file.</source>
      <translation>Não encontrado: verifique HF_ENDPOINT e se o cartão do modelo ainda publica este arquivo.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="137" />
      <source>Try again later; the download resumes where it stopped.</source>
      <translation>Tente novamente mais tarde; o download continua de onde parou.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="138" />
      <source>Download of {} failed: HTTP {} {}. {}</source>
      <translation>O download de {} falhou: HTTP {} {}. {}</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="44" />
      <source>{} (derivative of LiquidAI's LFM2.5-VL-450M): research and non-commercial use; commercial-scale use only after reviewing Section 5 of the licence.</source>
      <translation>{} (derivado do LFM2.5-VL-450M da LiquidAI): pesquisa e uso não comercial; uso em escala comercial somente após examinar a Seção 5 da licença.</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="127" />
      <source>Licence: {}</source>
      <translation>Licença: {}</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="73" />
      <source>{} Check HF_ENDPOINT.</source>
      <translation>{} Verifique HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="189" />
      <source>{} It was not followed. Check HF_ENDPOINT.</source>
      <translation>{} O redirecionamento não foi seguido. Verifique HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="56" />
      <source>The model trust record {} cannot be read ({}).</source>
      <translation>O registro de confiança do modelo {} não pode ser lido ({}).</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="65" />
      <source>The model trust record {} is damaged ({}); the model files in that folder are not loaded. Delete {} together with the two .gguf files and download them again.</source>
      <translation>O registro de confiança do modelo {} está danificado ({}); os arquivos de modelo dessa pasta não são carregados. Exclua {} junto com os dois arquivos .gguf e baixe-os novamente.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="93" />
      <source>{} ends inside its GGUF header: the file is truncated. {}</source>
      <translation>{} termina dentro do seu cabeçalho GGUF: o arquivo está truncado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="107" />
      <source>{}: implausible {} ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{}: {} implausível ({}) no cabeçalho GGUF; o arquivo está corrompido. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="115" />
      <source>{}: implausible string length ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{}: comprimento de string implausível ({}) no cabeçalho GGUF; o arquivo está corrompido. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="146" />
      <source>{}: unknown GGUF value type {}; the file is corrupt or from a newer format. {}</source>
      <translation>{}: tipo de valor GGUF desconhecido {}; o arquivo está corrompido ou é de um formato mais novo. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="159" />
      <source>Delete the file and download it again (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model), or copy the model card's file there.</source>
      <translation>Exclua o arquivo e baixe-o novamente (Configurações &gt; Opções &gt; Classificador de Desmatamento &gt; Baixar modelo) ou copie para lá o arquivo do cartão do modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="176" />
      <source>{} is not a GGUF file (it starts with {!r}{}{}). {}</source>
      <translation>{} não é um arquivo GGUF (começa com {!r}{}{}). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="177" />
      <source>, it is empty</source>
      <translation>, está vazio</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="182" />
      <source>{}: unsupported GGUF version {} (expected 2 or 3). {}</source>
      <translation>{}: versão GGUF {} não suportada (esperada 2 ou 3). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="201" />
      <source>{}: tensor {!r} has {} dimensions; the file is corrupt. {}</source>
      <translation>{}: o tensor {!r} tem {} dimensões; o arquivo está corrompido. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="225" />
      <source>; it looks like a web page or an error message saved in place of the model</source>
      <translation>; parece uma página web ou uma mensagem de erro salva no lugar do modelo</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="234" />
      <source>{} is truncated: {:,} bytes on disk, but its tensor table needs {:,}. The download was probably interrupted. {}</source>
      <translation>{} está truncado: {:,} bytes no disco, mas sua tabela de tensores precisa de {:,}. O download provavelmente foi interrompido. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="245" />
      <source>{} is a vision projector (mmproj), not the text model: the two files look swapped. Give the text model (v2_no_coords-Q4_K_M.gguf) as MODEL and the projector (mmproj-v2_no_coords-F16.gguf) as MMPROJ.</source>
      <translation>{} é um projetor de visão (mmproj), não o modelo de texto: os dois arquivos parecem trocados. Informe o modelo de texto (v2_no_coords-Q4_K_M.gguf) como MODEL e o projetor (mmproj-v2_no_coords-F16.gguf) como MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="250" />
      <source>{} is a '{}' model, not the LFM2.5-VL text model (general.architecture '{}'). Use the model card's v2_no_coords-Q4_K_M.gguf.</source>
      <translation>{} é um modelo '{}', não o modelo de texto LFM2.5-VL (general.architecture '{}'). Use o v2_no_coords-Q4_K_M.gguf do cartão do modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="255" />
      <source>{} has no token_embd.weight tensor: it is not a complete {} model. {}</source>
      <translation>{} não tem o tensor token_embd.weight: não é um modelo {} completo. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="260" />
      <source>{} is a text model, not the vision projector: the two files look swapped. Give mmproj-v2_no_coords-F16.gguf as MMPROJ.</source>
      <translation>{} é um modelo de texto, não o projetor de visão: os dois arquivos parecem trocados. Informe mmproj-v2_no_coords-F16.gguf como MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="265" />
      <source>{} is not an LFM2 vision projector (general.architecture '{}', clip.projector_type '{}'; expected 'clip' and '{}'). Use the model card's mmproj-v2_no_coords-F16.gguf.</source>
      <translation>{} não é um projetor de visão LFM2 (general.architecture '{}', clip.projector_type '{}'; esperados 'clip' e '{}'). Use o mmproj-v2_no_coords-F16.gguf do cartão do modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="270" />
      <source>{} is a clip file without a vision encoder.</source>
      <translation>{} é um arquivo clip sem codificador de visão.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="282" />
      <source>{} projects to {} dimensions but {} expects {}: the two files are not a pair. Use the text model and projector of the same model card.</source>
      <translation>{} projeta para {} dimensões, mas {} espera {}: os dois arquivos não formam um par. Use o modelo de texto e o projetor do mesmo cartão do modelo.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="291" />
      <source>{} is {:.1f} MB, but the model card's file is about {:.1f} MB: it is not the published file. {}</source>
      <translation>{} tem {:.1f} MB, mas o arquivo do cartão do modelo tem cerca de {:.1f} MB: não é o arquivo publicado. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="350" />
      <source>{} is {:,} bytes but {:,} were downloaded: the file was changed or damaged since. {}</source>
      <translation>{} tem {:,} bytes, mas foram baixados {:,}: o arquivo foi alterado ou danificado desde então. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="356" />
      <source>{} does not match the SHA-256 recorded at download ({}... vs {}...): the file is corrupt. {}</source>
      <translation>{} não corresponde ao SHA-256 registrado no download ({}... vs {}...): o arquivo está corrompido. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="388" />
      <source>{} not found: {}</source>
      <translation>{} não encontrado: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="31" />
      <source>Alert report (PDF): a page per alert patch</source>
      <translation>Relatório de alertas (PDF): uma página por mancha de alerta</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="40" />
      <location filename="../processing_provider/field_package_algorithm.py" line="65" />
      <source>Compared tiles (output of Compare two dates)</source>
      <translation>Tiles comparados (saída de Comparar duas datas)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="42" />
      <source>Alert patches (optional)</source>
      <translation>Manchas de alerta (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="44" />
      <location filename="../processing_provider/field_package_algorithm.py" line="67" />
      <source>Clearings (optional)</source>
      <translation>Desmatamentos (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="46" />
      <location filename="../processing_provider/compare_algorithm.py" line="94" />
      <location filename="../processing_provider/field_package_algorithm.py" line="69" />
      <source>Image of the earlier date (optional)</source>
      <translation>Imagem da data anterior (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="48" />
      <location filename="../processing_provider/compare_algorithm.py" line="96" />
      <location filename="../processing_provider/field_package_algorithm.py" line="71" />
      <source>Image of the later date (optional)</source>
      <translation>Imagem da data posterior (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>Report</source>
      <translation>Relatório</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>PDF files (*.pdf)</source>
      <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="51" />
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="57" />
      <source>INPUT is not an output of Compare two dates: it lacks {}. Choose the compared tiles layer (OUTPUT of deforestation:compare).</source>
      <translation>INPUT não é uma saída de Comparar duas datas: falta {}. Escolha a camada de tiles comparados (OUTPUT de deforestation:compare).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="73" />
      <source>{} pages written to {}: a summary and {} alert patches.</source>
      <translation>{} páginas gravadas em {}: um resumo e {} manchas de alerta.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="82" />
      <source>{} cannot be read as a raster layer: give a Sentinel-2 raster with the B08 and B04 bands.</source>
      <translation>{} não pode ser lido como camada raster: informe um raster Sentinel-2 com as bandas B08 e B04.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="94" />
      <source>{}: {} Give {} instead.</source>
      <translation>{}: {} Informe {} no lugar.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="97" />
      <source>The source raster {} that {} records is not found (moved or deleted): give {}.</source>
      <translation>O raster de origem {} que {} registra não foi encontrado (movido ou apagado): informe {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="116" />
      <source>{} must be a polygon layer (or, for REFERENCE_ALERTS, a raster).</source>
      <translation>{} deve ser uma camada de polígonos (ou, para REFERENCE_ALERTS, um raster).</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="163" />
      <source>REFERENCE_ALERTS cannot be read: give a polygon layer or a raster of alerts.</source>
      <translation>REFERENCE_ALERTS não pode ser lido: informe uma camada de polígonos ou um raster de alertas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="39" />
      <source>The layer has no tile_id and class_label fields: use an output of Classify deforestation.</source>
      <translation>A camada não tem os campos tile_id e class_label: use uma saída de Classificar desmatamento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="52" />
      <source>Cancelled: the output would be incomplete, so none was written. Run the algorithm again to make it.</source>
      <translation>Cancelado: a saída ficaria incompleta, por isso nenhuma foi gravada. Execute o algoritmo novamente para criá-la.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="92" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Classificar desmatamento (quadrículas de 1 km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="98" />
      <source>Sentinel-2 L2A raster</source>
      <translation>Raster Sentinel-2 L2A</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="99" />
      <source>Extent</source>
      <translation>Extensão</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="100" />
      <source>NIR band (B08)</source>
      <translation>Banda NIR (B08)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="101" />
      <source>Red band (B04)</source>
      <translation>Banda vermelha (B04)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="102" />
      <source>Green band (B03)</source>
      <translation>Banda verde (B03)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="105" />
      <source>Scale from stored values to DN</source>
      <translation>Escala dos valores armazenados para DN</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="108" />
      <source>Offset added after the scale (DN)</source>
      <translation>Deslocamento somado após a escala (DN)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="111" />
      <source>Text model (GGUF)</source>
      <translation>Modelo de texto (GGUF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="115" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Projetor de visão (mmproj GGUF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="119" />
      <source>Inference engine</source>
      <translation>Motor de inferência</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="120" />
      <source>Fast scoring with class probabilities</source>
      <translation>Pontuação rápida com probabilidades das classes</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="121" />
      <source>Model card recipe (chat completion, label only)</source>
      <translation>Receita do cartão do modelo (chat completion, só o rótulo)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="124" />
      <location filename="../processing_provider/relabel_algorithm.py" line="47" />
      <source>RECENTLY_CLEARED probability threshold</source>
      <translation>Limiar de probabilidade de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="128" />
      <source>Cloud mask (SCL band or mask layer)</source>
      <translation>Máscara de nuvens (banda SCL ou camada de máscara)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="130" />
      <source>Cloud mask type</source>
      <translation>Tipo de máscara de nuvens</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Automatic (SCL when named so)</source>
      <translation>Automático (SCL quando assim nomeada)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Sentinel-2 SCL</source>
      <translation>SCL do Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="132" />
      <source>Non-zero means cloud</source>
      <translation>Não zero significa nuvem</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="135" />
      <source>Maximum cloud cover per tile (%)</source>
      <translation>Cobertura máxima de nuvens por quadrícula (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="139" />
      <source>Minimum valid-data fraction</source>
      <translation>Fração mínima de dados válidos</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="143" />
      <source>Maximum number of tiles</source>
      <translation>Número máximo de quadrículas</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="147" />
      <source>Resume into an existing output</source>
      <translation>Retomar numa saída existente</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="150" />
      <source>Overwrite an existing output</source>
      <translation>Sobrescrever uma saída existente</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="153" />
      <source>Folder for the chips fed to the model</source>
      <translation>Pasta para os recortes dados ao modelo</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="156" />
      <source>Deforestation tiles</source>
      <translation>Quadrículas de desmatamento</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="158" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="78" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="99" />
      <source>Tiles</source>
      <translation>Quadrículas</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="163" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="102" />
      <location filename="../ui/layer_tree.py" line="38" />
      <source>{} tiles</source>
      <translation>Quadrículas {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="222" />
      <location filename="../processing_provider/compare_algorithm.py" line="175" />
      <location filename="../processing_provider/relabel_algorithm.py" line="129" />
      <source>The style could not be saved: {}</source>
      <translation>O estilo não pôde ser salvo: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="224" />
      <source>The layer metadata could not be saved: {}</source>
      <translation>Os metadados da camada não puderam ser salvos: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="236" />
      <source>INPUT is not a raster layer.</source>
      <translation>INPUT não é uma camada raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="239" />
      <source>INPUT must be a raster read by GDAL (a file, VRT or SENTINEL2 subdataset); this layer comes from the '{}' provider.</source>
      <translation>INPUT deve ser um raster lido pelo GDAL (um arquivo, VRT ou subconjunto SENTINEL2); esta camada vem do provedor '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="245" />
      <source>The raster '{}' has {} band(s); the classifier needs B03, B04 and B08 in one raster. For separate band files (one per band, as in a SAFE folder or an Earth Search download), run Processing Toolbox &gt; Deforestation Classifier &gt; 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first, then classify the VRT.</source>
      <translation>O raster '{}' tem {} banda(s); o classificador precisa de B03, B04 e B08 num único raster. Para arquivos de banda separados (um por banda, como numa pasta SAFE ou num download do Earth Search), execute antes Caixa de Ferramentas de Processamento &gt; Classificador de Desmatamento &gt; 'Empilhar arquivos de banda Sentinel-2 (B03, B04, B08) num VRT' e depois classifique o VRT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="81" />
      <source>Compare two dates: deforestation alerts and patches</source>
      <translation>Comparar duas datas: alertas e fragmentos de desmatamento</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="87" />
      <source>Tiles of the earlier date (optional)</source>
      <translation>Quadrículas da data anterior (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="90" />
      <source>Tiles of the later date</source>
      <translation>Quadrículas da data posterior</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="98" />
      <source>Minimum clearing area (ha)</source>
      <translation>Área mínima de desmatamento (ha)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="101" />
      <source>Overlay: protected areas, properties, concessions (optional)</source>
      <translation>Sobreposição: áreas protegidas, imóveis, concessões (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="104" />
      <source>Overlay field naming each polygon</source>
      <translation>Campo da sobreposição que nomeia cada polígono</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="107" />
      <source>Reference alerts of another system (optional)</source>
      <translation>Alertas de referência de outro sistema (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="111" />
      <source>Compared tiles</source>
      <translation>Quadrículas comparadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="113" />
      <source>Alert patches</source>
      <translation>Fragmentos de alerta</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="118" />
      <source>Folder for GeoJSON, KML and CSV exports</source>
      <translation>Pasta para exportações GeoJSON, KML e CSV</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="121" />
      <source>Patches</source>
      <translation>Fragmentos</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="123" />
      <source>Tiles compared</source>
      <translation>Quadrículas comparadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="124" />
      <source>Tiles only in BEFORE</source>
      <translation>Quadrículas só em BEFORE</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="125" />
      <source>Tiles only in AFTER</source>
      <translation>Quadrículas só em AFTER</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="127" />
      <source>Tiles without a class in one of the dates</source>
      <translation>Quadrículas sem classe numa das datas</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="17" />
      <source>Diagnostics report (to paste when something goes wrong)</source>
      <translation>Relatório de diagnóstico (para colar quando algo der errado)</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="22" />
      <source>Diagnostics report</source>
      <translation>Relatório de diagnóstico</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="31" />
      <source>Cannot write the report to {} ({}). Choose a file in a folder you can write to.</source>
      <translation>Não é possível gravar o relatório em {} ({}). Escolha um arquivo numa pasta onde você possa gravar.</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="34" />
      <source>Diagnostics written to {} ({} lines). Read it before you share it.</source>
      <translation>Diagnóstico gravado em {} ({} linhas). Leia-o antes de compartilhá-lo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="35" />
      <source>Evaluate classified tiles against reference labels</source>
      <translation>Avaliar quadrículas classificadas contra rótulos de referência</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="41" />
      <source>Tiles with predicted and reference labels</source>
      <translation>Quadrículas com rótulos previstos e de referência</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="46" />
      <source>Predicted label field</source>
      <translation>Campo do rótulo previsto</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="49" />
      <source>Reference label field</source>
      <translation>Campo do rótulo de referência</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="52" />
      <source>Evaluation report</source>
      <translation>Relatório de avaliação</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="53" />
      <source>HTML files (*.html)</source>
      <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="55" />
      <source>Accuracy</source>
      <translation>Acurácia</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="56" />
      <source>Macro F1</source>
      <translation>F1 macro</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="57" />
      <source>RECENTLY_CLEARED recall</source>
      <translation>Revocação de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="58" />
      <source>Tiles evaluated</source>
      <translation>Quadrículas avaliadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="59" />
      <source>Tiles left out</source>
      <translation>Quadrículas deixadas de fora</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="74" />
      <source>PREDICTED_FIELD and REFERENCE_FIELD are both '{}'; choose the field with the model's class and the field with the true class.</source>
      <translation>PREDICTED_FIELD e REFERENCE_FIELD são ambos '{}'; escolha o campo com a classe do modelo e o campo com a classe verdadeira.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="125" />
      <source>{} '{}' is not a field of INPUT (fields: {}). Choose the field that holds the {} class.</source>
      <translation>{} '{}' não é um campo de INPUT (campos: {}). Escolha o campo que contém a classe {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="44" />
      <source>Fetch Sentinel-2 L2A over an area (Earth Search)</source>
      <translation>Baixar Sentinel-2 L2A sobre uma área (Earth Search)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="48" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="49" />
      <source>Start date</source>
      <translation>Data inicial</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="51" />
      <source>End date</source>
      <translation>Data final</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="54" />
      <source>Maximum scene cloud cover (%)</source>
      <translation>Cobertura máxima de nuvens da cena (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="57" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="59" />
      <source>Collection</source>
      <translation>Coleção</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="62" />
      <source>Every 1 km tile from its clearest acquisition</source>
      <translation>Cada quadrícula de 1 km da sua aquisição mais limpa</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="65" />
      <source>Copy the clipped bands to local GeoTIFFs</source>
      <translation>Copiar as bandas recortadas para GeoTIFFs locais</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="68" />
      <source>Sentinel-2 VRT</source>
      <translation>VRT Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="69" />
      <source>SCL of the scene</source>
      <translation>SCL da cena</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="70" />
      <source>STAC item ids</source>
      <translation>Ids dos itens STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="71" />
      <source>Acquisition time (comma-separated with PER_TILE)</source>
      <translation>Hora da aquisição (separadas por vírgula com PER_TILE)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="80" />
      <source>EXTENT is empty: draw or choose an area.</source>
      <translation>EXTENT está vazia: desenhe ou escolha uma área.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="104" />
      <source>Wrote {} (SCL {}).</source>
      <translation>Gravado {} (SCL {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="55" />
      <source>Merge field decisions into the compare output</source>
      <translation>Mesclar decisões de campo na saída da comparação</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="64" />
      <source>Compared tiles (output of Compare two dates), written to</source>
      <translation>Quadrículas comparadas (saída de Comparar duas datas), onde gravar</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="67" />
      <source>Field GeoPackage (from Field package, edited in the field)</source>
      <translation>GeoPackage de campo (do Pacote de campo, editado em campo)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="69" />
      <source>Field decisions written</source>
      <translation>Decisões de campo gravadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="70" />
      <source>Conflicts: the office's decision kept</source>
      <translation>Conflitos: a decisão do escritório mantida</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="71" />
      <source>Tiles unchanged in the field</source>
      <translation>Quadrículas inalteradas em campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="60" />
      <source>Field package for QField: alerts, chips and the review form</source>
      <translation>Pacote de campo para o QField: alertas, recortes e o formulário de revisão</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="73" />
      <source>Field package folder</source>
      <translation>Pasta do pacote de campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="74" />
      <source>Field GeoPackage</source>
      <translation>GeoPackage de campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="75" />
      <source>Field project</source>
      <translation>Projeto de campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="76" />
      <source>Tiles in the package</source>
      <translation>Quadrículas no pacote</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="77" />
      <source>Chips attached</source>
      <translation>Recortes anexados</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="84" />
      <source>INPUT must be the compared tiles GeoPackage (OUTPUT of deforestation:compare); this layer lacks {}.</source>
      <translation>INPUT deve ser o GeoPackage das quadrículas comparadas (OUTPUT de deforestation:compare); falta a esta camada {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="86" />
      <source>a file</source>
      <translation>um arquivo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="103" />
      <source>{} tiles, {} clearings and {} chips packaged in {}: open {} in QField.</source>
      <translation>{} quadrículas, {} desmatamentos e {} recortes empacotados em {}: abra {} no QField.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="55" />
      <source>Confirmed: the model is right</source>
      <translation>Confirmado: o modelo está certo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="56" />
      <source>Corrected: another class (for an alert, rejected)</source>
      <translation>Corrigido: outra classe (para um alerta, rejeitado)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="57" />
      <source>Unclear: cannot tell</source>
      <translation>Incerto: não dá para dizer</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="68" />
      <source>(none)</source>
      <translation>(nenhum)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <location filename="../processing_provider/field_project.py" line="123" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <source>Class seen</source>
      <translation>Classe vista</translation>
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
      <translation>Decidido em (UTC)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="103" />
      <source>Earlier image</source>
      <translation>Imagem anterior</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="104" />
      <source>Later image</source>
      <translation>Imagem posterior</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="112" />
      <source>A decision needs the reviewer's name.</source>
      <translation>Uma decisão precisa do nome do revisor.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="124" />
      <source>Chips</source>
      <translation>Recortes</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Tile</source>
      <translation>Quadrícula</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Audit (office)</source>
      <translation>Auditoria (escritório)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="144" />
      <source>Deforestation alerts: field review</source>
      <translation>Alertas de desmatamento: revisão em campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="145" />
      <source>Alerts to review</source>
      <translation>Alertas a revisar</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="147" />
      <source>The field package {} cannot be read by QGIS.</source>
      <translation>O QGIS não consegue ler o pacote de campo {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="162" />
      <source>The project {} could not be written: {}</source>
      <translation>O projeto {} não pôde ser gravado: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="163" />
      <source>QGIS refused it</source>
      <translation>o QGIS recusou</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="72" />
      <source>Hansen reference labels for tiles</source>
      <translation>Rótulos de referência Hansen para quadrículas</translation>
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
      <translation>Primeiro ano da janela de perda recente</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="86" />
      <source>Last year of the recent-loss window</source>
      <translation>Último ano da janela de perda recente</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="88" />
      <source>Canopy threshold (%)</source>
      <translation>Limiar de dossel (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="90" />
      <source>Standing-forest fraction for STANDING_FOREST</source>
      <translation>Fração de floresta em pé para STANDING_FOREST</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="93" />
      <source>Recent-loss fraction for RECENTLY_CLEARED</source>
      <translation>Fração de perda recente para RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="97" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="159" />
      <source>Tiles with Hansen reference labels</source>
      <translation>Quadrículas com rótulos de referência Hansen</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="165" />
      <source>The parameters could not be stored with the output: {}</source>
      <translation>Os parâmetros não puderam ser armazenados com a saída: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="188" />
      <source>{} is not a raster layer.</source>
      <translation>{} não é uma camada raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="191" />
      <source>{} must be a raster read by GDAL (a GeoTIFF granule or a VRT); this layer comes from the '{}' provider.</source>
      <translation>{} deve ser um raster lido pelo GDAL (um grânulo GeoTIFF ou um VRT); esta camada vem do provedor '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="224" />
      <source>INPUT already has {}: replaced by the new values.</source>
      <translation>INPUT já tem {}: substituído pelos novos valores.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="36" />
      <source>Parameter</source>
      <translation>Parâmetro</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="37" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="41" />
      <source>Finds forest, recent clearing and long-term non-forest in a Sentinel-2 image: the area is cut into squares of 1 km and each square gets one of the three labels, with the model's probability for each label where the engine gives them, in a polygon layer you can review tile by tile. With the default embedded llama.cpp engine (or the local llama-server the plugin starts) everything runs on this computer. With the OpenAI-compatible server backend (plugin settings), each tile's chip is sent as a PNG image to the configured server, which classifies it.

The input needs the green, red and near-infrared bands (B03, B04, B08) in one raster: for separate band files, run 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first. Squares only partly covered by the image (less than MIN_VALID_FRACTION, default 90 %, of valid pixels) are left INSUFFICIENT_DATA.

How it works: cuts the raster into 1 km x 1 km tiles on a grid aligned to whole kilometres (the raster's own CRS when it is a UTM zone, whatever its datum; for any other CRS, such as degrees, Web Mercator or a national grid, the WGS 84 UTM zone of the centre of the area classified), renders each tile as a 100 x 100 px false-colour chip (R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and classifies it as STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with the fine-tuned LFM2.5-VL-450M model, through llama.cpp on this computer or on the configured server.

Output: one 1 km square per tile with tile_id (the same ground square gets the same id in every run on the same grid), class_label, confidence and per-class probabilities (empty with the recipe engine, which yields a label only, and with a server that gives no log-probabilities), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date and image_id. Tiles without enough valid pixels or above the cloud limit are not classified. Tiles are saved as the run goes (every 10 tiles or 5 seconds, whichever comes first): a cancelled run keeps them, and RESUME continues it. The style is saved inside the GeoPackage.

Model licence: LFM Open License v1.0, research and non-commercial scope.</source>
      <translation>Encontra floresta, desmatamento recente e não floresta de longo prazo numa imagem Sentinel-2: a área é dividida em quadrados de 1 km e cada quadrado recebe um dos três rótulos, com a probabilidade do modelo para cada rótulo quando o motor as fornece, numa camada de polígonos que você pode revisar quadrícula por quadrícula. Com o motor llama.cpp embutido padrão (ou o llama-server local que o plugin inicia) tudo roda neste computador. Com o backend de servidor compatível com OpenAI (configurações do plugin), o recorte de cada quadrícula é enviado como imagem PNG ao servidor configurado, que o classifica.

A entrada precisa das bandas verde, vermelha e infravermelho próximo (B03, B04, B08) num único raster: para arquivos de banda separados, execute antes 'Empilhar arquivos de banda Sentinel-2 (B03, B04, B08) num VRT'. Quadrados cobertos só em parte pela imagem (menos que MIN_VALID_FRACTION, padrão 90 %, de pixels válidos) ficam INSUFFICIENT_DATA.

Como funciona: divide o raster em quadrículas de 1 km x 1 km numa grade alinhada a quilômetros inteiros (o próprio SRC do raster quando é uma zona UTM, qualquer que seja o datum; para qualquer outro SRC, como graus, Web Mercator ou uma grade nacional, a zona UTM WGS 84 do centro da área classificada), renderiza cada quadrícula como um recorte de 100 x 100 px em falsa cor (R = B08 NIR, G = B04 Vermelho, B = B03 Verde; DN / 3000 x 255) e a classifica como STANDING_FOREST, RECENTLY_CLEARED ou LONG_TERM_NON_FOREST com o modelo ajustado LFM2.5-VL-450M, pelo llama.cpp neste computador ou no servidor configurado.

Saída: um quadrado de 1 km por quadrícula com tile_id (o mesmo quadrado no terreno recebe o mesmo id em toda execução na mesma grade), class_label, confidence e probabilidades por classe (vazias com o motor da receita, que só dá um rótulo, e com um servidor que não dá log-probabilidades), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date e image_id. Quadrículas sem pixels válidos suficientes ou acima do limite de nuvens não são classificadas. As quadrículas são salvas durante a execução (a cada 10 quadrículas ou 5 segundos, o que vier primeiro): uma execução cancelada as mantém, e RESUME a continua. O estilo é salvo dentro do GeoPackage.

Licença do modelo: LFM Open License v1.0, uso de pesquisa e não comercial.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="73" />
      <source>A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08: a GDAL SENTINEL2_L2A: subdataset (SAFE folder or zip), a GeoTIFF stack or a VRT. Values are surface reflectance x 10000 (Earth Search COGs, GEE S2_SR_HARMONIZED). Float reflectance 0..1 is recognised; the BOA offset of processing baseline 04.00+ is removed where the product states it (SAFE products, the VRTs of stack_bands and fetch_sentinel2), and a warning names OFFSET where only the values suggest it.</source>
      <translation>Um raster Sentinel-2 L2A multibanda com as bandas B03, B04 e B08: um subconjunto GDAL SENTINEL2_L2A: (pasta SAFE ou zip), uma pilha GeoTIFF ou um VRT. Os valores são reflectância de superfície x 10000 (COGs do Earth Search, GEE S2_SR_HARMONIZED). Reflectância em ponto flutuante 0..1 é reconhecida; o deslocamento BOA da linha de base de processamento 04.00+ é removido quando o produto o declara (produtos SAFE, os VRTs de stack_bands e fetch_sentinel2), e um aviso indica OFFSET quando só os valores o sugerem.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="81" />
      <source>Area to classify. Every 1 km tile that intersects both this extent and the raster is processed. Default: the whole raster.</source>
      <translation>Área a classificar. Toda quadrícula de 1 km que cruza esta extensão e o raster é processada. Padrão: o raster inteiro.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="84" />
      <source>Band number. Default: detected from the band descriptions (B08, B8 or 'nir'; never B8A or 'nir08').</source>
      <translation>Número da banda. Padrão: detectado pelas descrições das bandas (B08, B8 ou 'nir'; nunca B8A ou 'nir08').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="87" />
      <source>Band number. Default: detected from the band descriptions (B04, B4 or 'red').</source>
      <translation>Número da banda. Padrão: detectado pelas descrições das bandas (B04, B4 ou 'red').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="90" />
      <source>Band number. Default: detected from the band descriptions (B03, B3 or 'green').</source>
      <translation>Número da banda. Padrão: detectado pelas descrições das bandas (B03, B3 ou 'green').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="93" />
      <source>DN = raw value x SCALE + OFFSET, where DN is surface reflectance x 10000 as in the training chips. Default: automatic (1 for DN; 10000 for float reflectance 0..1, recognised by its median). Set 10 for a product stored as reflectance x 1000.</source>
      <translation>DN = valor bruto x SCALE + OFFSET, onde DN é a reflectância de superfície x 10000 como nos recortes de treino. Padrão: automático (1 para DN; 10000 para reflectância em ponto flutuante 0..1, reconhecida pela mediana). Use 10 para um produto armazenado como reflectância x 1000.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="98" />
      <source>DN = raw value x SCALE + OFFSET: OFFSET is in DN (reflectance x 10000), added after SCALE, to each of the three bands. Default: read from the product (the band offset deforestation:stack_bands writes, BOA_ADD_OFFSET -1000 of SAFE L2A of processing baseline 04.00 and later), else 0 (Earth Search COGs and GEE S2_SR_HARMONIZED are already harmonised). Set -1000 for baseline 04.00+ DN that still carry the offset.</source>
      <translation>DN = valor bruto x SCALE + OFFSET: OFFSET está em DN (reflectância x 10000), somado após SCALE, a cada uma das três bandas. Padrão: lido do produto (o deslocamento de banda que deforestation:stack_bands grava, BOA_ADD_OFFSET -1000 do SAFE L2A da linha de base 04.00 em diante), senão 0 (os COGs do Earth Search e o GEE S2_SR_HARMONIZED já são harmonizados). Use -1000 para DN da linha de base 04.00+ que ainda carregam o deslocamento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="105" />
      <source>The model card's text model, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>O modelo de texto do cartão do modelo, para o motor llama.cpp embutido e o llama-server local que o plugin inicia; um servidor compatível com OpenAI usa o seu próprio. Padrão: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="109" />
      <source>The model card's vision projector, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>O projetor de visão do cartão do modelo, para o motor llama.cpp embutido e o llama-server local que o plugin inicia; um servidor compatível com OpenAI usa o seu próprio. Padrão: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="113" />
      <source>Fast scoring gives a probability for each of the three labels and is the one to use (it reads the instructions once and compares the model's three possible answers); the recipe runs the card's chat completion under a JSON-schema grammar for every tile (slower, label only). Only the embedded llama.cpp backend uses it: with a server backend (plugin settings) the server answers, with probabilities where it gives log-probabilities.</source>
      <translation>A pontuação rápida dá uma probabilidade para cada um dos três rótulos e é a recomendada (lê as instruções uma vez e compara as três respostas possíveis do modelo); a receita executa o chat completion do cartão sob uma gramática de esquema JSON para cada quadrícula (mais lenta, só o rótulo). Só o backend llama.cpp embutido o usa: com um backend de servidor (configurações do plugin) quem responde é o servidor, com probabilidades quando ele dá log-probabilidades.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="120" />
      <source>When set, a tile whose RECENTLY_CLEARED probability reaches it is labelled RECENTLY_CLEARED even if another class scores higher: lower it to miss fewer clearings at the cost of more tiles to review. Needs class probabilities (the fast scoring engine, or a server that gives log-probabilities): ignored with the recipe engine.</source>
      <translation>Quando definido, uma quadrícula cuja probabilidade de RECENTLY_CLEARED o atinge é rotulada RECENTLY_CLEARED mesmo que outra classe pontue mais: reduza-o para perder menos desmatamentos ao custo de mais quadrículas a revisar. Requer probabilidades de classe (o motor de pontuação rápida, ou um servidor que dá log-probabilidades): ignorado com o motor da receita.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="126" />
      <source>A Sentinel-2 scene classification (SCL: classes 3, 8, 9, 10 are cloud or cloud shadow) or any raster where non-zero means cloud. Tiles above MAX_CLOUD get status CLOUDY and are not classified. Default: none, except for a scene from deforestation:fetch_sentinel2, whose SCL is used.</source>
      <translation>Uma classificação de cena Sentinel-2 (SCL: as classes 3, 8, 9, 10 são nuvem ou sombra de nuvem) ou qualquer raster em que não zero significa nuvem. Quadrículas acima de MAX_CLOUD recebem o status CLOUDY e não são classificadas. Padrão: nenhuma, exceto para uma cena de deforestation:fetch_sentinel2, cuja SCL é usada.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="131" />
      <source>How to read CLOUD_MASK. Automatic treats it as SCL when its name or band description says SCL.</source>
      <translation>Como ler CLOUD_MASK. Automático a trata como SCL quando o nome ou a descrição da banda diz SCL.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="134" />
      <source>The model was trained on tiles with at most 10 % cloud; classifying through cloud is undefined.</source>
      <translation>O modelo foi treinado com quadrículas de no máximo 10 % de nuvens; classificar através de nuvens é indefinido.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="137" />
      <source>Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are not classified: the model was trained on whole tiles, and a tile cut by the image's edge would be labelled from a partly black chip. Default 0.9; 0 classifies every tile with any valid pixel. Tiles with no valid pixel are always NO_DATA.</source>
      <translation>Quadrículas com uma fração menor de pixels válidos recebem o status INSUFFICIENT_DATA e não são classificadas: o modelo foi treinado com quadrículas inteiras, e uma quadrícula cortada pela borda da imagem seria rotulada a partir de um recorte em parte preto. Padrão 0.9; 0 classifica toda quadrícula com algum pixel válido. Quadrículas sem nenhum pixel válido são sempre NO_DATA.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="143" />
      <source>A larger extent is refused with an estimate of its run time, so that a whole scene is not started by accident; raise it to run such an extent.</source>
      <translation>Uma extensão maior é recusada com uma estimativa do tempo de execução, para que uma cena inteira não seja iniciada por engano; aumente-o para executar tal extensão.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="146" />
      <source>When OUTPUT exists (e.g. from a cancelled run), keep its tiles and classify only the missing ones (and unreviewed ones that ended in ERROR). Refused, with what differs, when the output was made from other imagery or with another model (SHA-256, or the server's model), engine, grid, bands, SCALE/OFFSET, RC_THRESHOLD, cloud or valid-data settings.</source>
      <translation>Quando OUTPUT existe (p. ex. de uma execução cancelada), mantém suas quadrículas e classifica só as que faltam (e as não revisadas que terminaram em ERROR). Recusado, dizendo o que difere, quando a saída foi feita a partir de outras imagens ou com outro modelo (SHA-256, ou o modelo do servidor), motor, grade, bandas, SCALE/OFFSET, RC_THRESHOLD ou configurações de nuvens ou de dados válidos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="152" />
      <source>When OUTPUT exists and RESUME is off, delete it and start again: its tiles and review decisions are lost. Without RESUME or OVERWRITE an existing OUTPUT is never touched: the run is refused.</source>
      <translation>Quando OUTPUT existe e RESUME está desligado, apaga-a e recomeça: suas quadrículas e decisões de revisão se perdem. Sem RESUME nem OVERWRITE uma OUTPUT existente nunca é tocada: a execução é recusada.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="156" />
      <source>When set, the chip of each tile given to the model is written there as a PNG named after its tile_id, pixel for pixel as the model saw it.</source>
      <translation>Quando definida, o recorte de cada quadrícula entregue ao modelo é gravado nela como um PNG com o nome do seu tile_id, pixel a pixel como o modelo o viu.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="159" />
      <source>GeoPackage of 1 km tiles, written as tiles finish; the style is stored inside.</source>
      <translation>GeoPackage de quadrículas de 1 km, gravado à medida que as quadrículas terminam; o estilo é armazenado dentro.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="165" />
      <source>Compares two outputs of Classify deforestation on the same 1 km grid, tile by tile (the tile ids line up). Where an analyst set reviewed_label in the review dock, it overrides the model's class_label.

OUTPUT: one row per tile present and classified in both, with label_before, label_after, transition (e.g. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 where STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, prob_recently_cleared_after, the patch_id of alert tiles and the centroid's longitude and latitude.

PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the forest was seen and the earliest date it was seen gone.

Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).

Clearings (docs/ALERTS.md): in alert tiles, tiles kept as forest and alert tiles' neighbours, the 10 m pixels vegetated (NDVI 0.6 or more) in the earlier image and cleared (NDVI below 0.5) in the later one, seen in both (not nodata, cloud, shadow or snow in the SCL where known, nor as bright in red as a cloud); edge-connected across tile borders; those under MIN_AREA_HA dropped. OUTPUT tiles get cleared_ha and confidence: highest (alert, clearing and REFERENCE_ALERTS agree), high (alert and clearing), low (alert, no clearing: a false flag or an older clearing; none when under half the tile was seen), candidate (kept as forest, with a clearing). One image alone gives no clearings (no fresh clearing from old pasture).

Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR without review), are counted and reported, never guessed. Layers on different grids are refused. EXPORT_FOLDER also writes the alerts, patches and clearings as GeoJSON, KML and CSV for a field team.</source>
      <translation>Compara duas saídas de Classificar desmatamento na mesma grade de 1 km, quadrícula por quadrícula (os ids das quadrículas coincidem). Onde um analista definiu reviewed_label no painel de revisão, ele prevalece sobre o class_label do modelo.

OUTPUT: uma linha por quadrícula presente e classificada em ambas, com label_before, label_after, transition (p. ex. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 onde STANDING_FOREST virou RECENTLY_CLEARED ou LONG_TERM_NON_FOREST), as datas das imagens, prob_recently_cleared_after, o patch_id das quadrículas de alerta e a longitude e latitude do centroide.

PATCHES: quadrículas de alerta que compartilham uma aresta dissolvidas num polígono cada (vizinhas na diagonal são fragmentos separados), os maiores primeiro: patch_id, n_tiles, area_ha (no terreno, cerca de 100 ha por quadrícula), max_prob_recently_cleared, a última data em que a floresta foi vista e a primeira em que foi vista ausente.

Sem BEFORE, as quadrículas RECENTLY_CLEARED de AFTER são os alertas (uma data).

Desmatamentos (docs/ALERTS.md): nas quadrículas de alerta, nas mantidas como floresta e nas vizinhas das de alerta, os pixels de 10 m com vegetação (NDVI 0,6 ou mais) na imagem anterior e desmatados (NDVI abaixo de 0,5) na posterior, vistos em ambas (não nodata, nuvem, sombra ou neve na SCL quando conhecida, nem tão claros no vermelho quanto uma nuvem); ligados por arestas através das bordas das quadrículas; os menores que MIN_AREA_HA são descartados. As quadrículas de OUTPUT recebem cleared_ha e confidence: highest (alerta, desmatamento e REFERENCE_ALERTS concordam), high (alerta e desmatamento), low (alerta sem desmatamento: um falso alerta ou um desmatamento mais antigo; nenhum nível quando menos da metade da quadrícula foi vista), candidate (mantida como floresta, com um desmatamento). Uma imagem sozinha não dá desmatamentos (não distingue desmatamento recente de pastagem antiga).

Quadrículas presentes em só uma camada, ou sem classe em alguma delas (NO_DATA, CLOUDY, ERROR sem revisão), são contadas e informadas, nunca adivinhadas. Camadas em grades diferentes são recusadas. EXPORT_FOLDER também grava os alertas, fragmentos e desmatamentos como GeoJSON, KML e CSV para uma equipe de campo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="193" />
      <source>An output of Classify deforestation for the earlier date. Leave empty to take the RECENTLY_CLEARED tiles of AFTER as the alerts.</source>
      <translation>Uma saída de Classificar desmatamento para a data anterior. Deixe vazio para tomar as quadrículas RECENTLY_CLEARED de AFTER como alertas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="196" />
      <source>An output of Classify deforestation for the later date, on the same grid.</source>
      <translation>Uma saída de Classificar desmatamento para a data posterior, na mesma grade.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="198" />
      <source>The image of the earlier date (B08, B04). Default: the raster BEFORE records, with its bands, scaling and cloud mask. Without BEFORE, it gives clearings.</source>
      <translation>A imagem da data anterior (B08, B04). Padrão: o raster que BEFORE registra, com suas bandas, escala e máscara de nuvens. Sem BEFORE, ela permite os desmatamentos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="201" />
      <source>The image of the later date. Default: the raster AFTER records.</source>
      <translation>A imagem da data posterior. Padrão: o raster que AFTER registra.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="203" />
      <source>Minimum mapping unit in ground hectares (MapBiomas Alerta 0.3, DETER 1, PRODES 6.25).</source>
      <translation>Unidade mínima de mapeamento em hectares no terreno (MapBiomas Alerta 0,3, DETER 1, PRODES 6,25).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="206" />
      <source>Polygons (protected areas, properties, concessions): each clearing's overlay_ha and overlay_names.</source>
      <translation>Polígonos (áreas protegidas, imóveis, concessões): overlay_ha e overlay_names de cada desmatamento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="209" />
      <source>The OVERLAY field naming each polygon; empty: its id.</source>
      <translation>O campo de OVERLAY que nomeia cada polígono; vazio: seu id.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="210" />
      <source>Another system's alerts, polygons (DETER, MapBiomas) or a raster, non-zero an alert (GFW): reference_overlap_ha; an alert tile they agree with is highest.</source>
      <translation>Alertas de outro sistema, polígonos (DETER, MapBiomas) ou um raster, diferente de zero é alerta (GFW): reference_overlap_ha; uma quadrícula de alerta com que concordam é highest.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="213" />
      <source>One row per compared tile: alerts red, cleared_ha, confidence.</source>
      <translation>Uma linha por quadrícula comparada: alertas em vermelho, cleared_ha, confidence.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="214" />
      <source>Edge-connected alert tiles as one polygon each, area on the ground, cleared_ha and their strongest tier.</source>
      <translation>Quadrículas de alerta ligadas por arestas como um polígono cada, área no terreno, cleared_ha e seu nível mais forte.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="217" />
      <source>One polygon per clearing, styled by tier; tile_id: the alert (or, for a candidate, forest) tile holding most of it; area_ha on the ground; mean NDVI before and after; overlaps; dates; centroid.</source>
      <translation>Um polígono por desmatamento, estilizado por nível; tile_id: a quadrícula de alerta (ou, para um candidato, de floresta) que contém a maior parte dele; area_ha no terreno; NDVI médio antes e depois; sobreposições; datas; centroide.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="221" />
      <source>When set: alerts, patches and clearings as .geojson, .kml and .csv (WGS 84; CSV with centroid longitude and latitude).</source>
      <translation>Quando definido: alertas, fragmentos e desmatamentos como .geojson, .kml e .csv (WGS 84; CSV com longitude e latitude do centroide).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="227" />
      <source>Compares each tile's predicted class (e.g. class_label from Classify deforestation) with a reference class (e.g. reviewed_label from the review dock, or reference_label from Hansen reference labels) and writes an HTML report laid out like the model card: per-class precision, recall, F1 and support, macro and weighted averages, accuracy, macro F1, RECENTLY_CLEARED recall, and the confusion matrix (reference rows, predicted columns).

Metrics are those of scikit-learn's classification_report with zero_division=0: a class that was never predicted gets precision 0, a class with no reference tile gets recall 0, and both still count in the macro average. ACCURACY, MACRO_F1 and RC_RECALL are fractions between 0 and 1.

Tiles whose reference or prediction is empty (NULL), blank or not one of STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST are left out and counted (letter case and surrounding blanks are ignored). With 'Selected features only' ticked, only the selection is evaluated.</source>
      <translation>Compara a classe prevista de cada quadrícula (p. ex. class_label de Classificar desmatamento) com uma classe de referência (p. ex. reviewed_label do painel de revisão, ou reference_label de Rótulos de referência Hansen) e grava um relatório HTML no formato do cartão do modelo: precisão, revocação, F1 e suporte por classe, médias macro e ponderada, acurácia, F1 macro, revocação de RECENTLY_CLEARED e a matriz de confusão (linhas de referência, colunas previstas).

As métricas são as do classification_report do scikit-learn com zero_division=0: uma classe nunca prevista tem precisão 0, uma classe sem quadrícula de referência tem revocação 0, e ambas contam na média macro. ACCURACY, MACRO_F1 e RC_RECALL são frações entre 0 e 1.

Quadrículas cuja referência ou previsão está vazia (NULL), em branco ou não é STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST são deixadas de fora e contadas (maiúsculas/minúsculas e espaços em volta são ignorados). Com 'Somente feições selecionadas' marcado, só a seleção é avaliada.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="243" />
      <source>A layer (or table) with one feature per tile, holding a predicted class and a reference class in two text fields, e.g. the output of Classify deforestation after review or after Hansen reference labels.</source>
      <translation>Uma camada (ou tabela) com uma feição por quadrícula, contendo uma classe prevista e uma classe de referência em dois campos de texto, p. ex. a saída de Classificar desmatamento após a revisão ou após Rótulos de referência Hansen.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="247" />
      <source>Field holding the model's class. Default: class_label.</source>
      <translation>Campo com a classe do modelo. Padrão: class_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="249" />
      <source>Field holding the true class: reviewed_label (set in the review dock) or reference_label (from Hansen reference labels). Default: reference_label.</source>
      <translation>Campo com a classe verdadeira: reviewed_label (definido no painel de revisão) ou reference_label (de Rótulos de referência Hansen). Padrão: reference_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="252" />
      <source>The HTML report: headline metrics, the per-class table, the confusion matrix and the tiles left out.</source>
      <translation>O relatório HTML: métricas principais, a tabela por classe, a matriz de confusão e as quadrículas deixadas de fora.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="258" />
      <source>Searches a STAC API (Earth Search's sentinel-2-l2a, then sentinel-2-c1-l2a, by default: sentinel-2-l2a is the source of the model's training chips) for the acquisitions over EXTENT between START_DATE and END_DATE. With PER_TILE (the default) every 1 km tile of the classifier's grid takes its pixels from the acquisition clearest over it (its SCL: cloud, shadow, cirrus, snow, nodata; the newest on ties), never blended; otherwise one acquisition, the least cloudy over the extent (scene cloud first, the SCL over the extent when candidates are close, the newest on ties), is taken for the whole area. It writes a VRT of B08, B04, B03 (assets nir, red, green, or their -jp2 JPEG 2000 assets where an item has no COG; never nir08, which is B8A) on one UTM grid, clipped to the extent on whole kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: only the blocks of the extent travel. Each item's BOA offset comes from its metadata and is checked against its pixels (dark targets): where they clearly disagree the pixels decide and the log says so; where the pixels cannot tell, a warning. The VRT records the item ids, the acquisition of every tile, the processing baselines and the offset decisions, so Classify deforestation writes each tile's image_date / image_id and uses the SCL as its cloud mask.</source>
      <translation>Pesquisa numa API STAC (sentinel-2-l2a e depois sentinel-2-c1-l2a do Earth Search, por padrão: sentinel-2-l2a é a fonte dos chips de treino do modelo) as aquisições sobre EXTENT entre START_DATE e END_DATE. Com PER_TILE (o padrão) cada quadrícula de 1 km da grade do classificador recebe os pixels da aquisição mais limpa sobre ela (a sua SCL: nuvem, sombra, cirros, neve, sem dados; a mais recente em caso de empate), nunca misturados; caso contrário, uma aquisição, a menos nublada sobre a extensão (nuvem da cena primeiro, a SCL sobre a extensão quando as candidatas são próximas, a mais recente em caso de empate), é usada para toda a área. Escreve um VRT de B08, B04, B03 (assets nir, red, green, ou os seus assets JPEG 2000 -jp2 quando um item não tem COG; nunca nir08, que é B8A) numa grade UTM, recortado à extensão em quilómetros inteiros, com a SCL ao lado. As bandas são lidas pelo /vsicurl/ do GDAL: só os blocos da extensão são transferidos. O offset BOA de cada item vem dos seus metadados e é verificado contra os seus pixels (alvos escuros): onde discordam claramente, os pixels decidem e o log o diz; onde os pixels não permitem decidir, um aviso. O VRT regista os ids dos itens, a aquisição de cada quadrícula, as baselines de processamento e as decisões de offset, para que Classify deforestation escreva image_date / image_id de cada quadrícula e use a SCL como máscara de nuvens.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="277" />
      <source>The area to fetch, in any CRS.</source>
      <translation>A área a baixar, em qualquer SRC.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="278" />
      <source>YYYY-MM-DD; empty: 90 days before END_DATE.</source>
      <translation>AAAA-MM-DD; vazio: 90 dias antes de END_DATE.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="279" />
      <source>YYYY-MM-DD; empty: today.</source>
      <translation>AAAA-MM-DD; vazio: hoje.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="280" />
      <source>Without PER_TILE: acquisitions whose eo:cloud_cover is above this are not taken. With PER_TILE it does not apply: a scene cloudy as a whole can be the clearest over some tile, so every acquisition of the window is compared tile by tile.</source>
      <translation>Sem PER_TILE: aquisições cujo eo:cloud_cover está acima deste valor não são usadas. Com PER_TILE não se aplica: uma cena nublada no todo pode ser a mais limpa sobre alguma quadrícula, por isso todas as aquisições da janela são comparadas quadrícula a quadrícula.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="285" />
      <source>The STAC API root (it answers /search).</source>
      <translation>A raiz da API STAC (ela responde a /search).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="286" />
      <source>Sentinel-2 L2A collections with assets green, red, nir and scl, comma-separated. Default: sentinel-2-l2a,sentinel-2-c1-l2a (some acquisitions exist only in the second). The same acquisition of an MGRS tile found in several is taken once, from the collection listed first.</source>
      <translation>Coleções Sentinel-2 L2A com assets green, red, nir e scl, separadas por vírgula. Padrão: sentinel-2-l2a,sentinel-2-c1-l2a (algumas aquisições existem só na segunda). A mesma aquisição de um tile MGRS encontrada em várias é usada uma só vez, da coleção listada primeiro.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="291" />
      <source>Every 1 km tile from the acquisition clearest over it (default), so that cloudy seasons still give an answer for most tiles; tiles clear in no acquisition stay CLOUDY. Off: one acquisition for the whole area.</source>
      <translation>Cada quadrícula de 1 km da aquisição mais limpa sobre ela (padrão), para que estações nubladas ainda deem resposta para a maioria das quadrículas; quadrículas limpas em nenhuma aquisição ficam CLOUDY. Desligado: uma aquisição para toda a área.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="295" />
      <source>For offline work: the VRT then points at GeoTIFFs next to it, not at the server.</source>
      <translation>Para trabalho offline: o VRT então aponta para GeoTIFFs ao lado dele, não para o servidor.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="298" />
      <source>The VRT to write (B08, B04, B03); the band VRTs and the SCL go next to it.</source>
      <translation>O VRT a gravar (B08, B04, B03); os VRTs de banda e a SCL ficam ao lado dele.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="303" />
      <source>Gives every tile polygon a reference class from the Hansen Global Forest Change layers treecover2000 and lossyear, with the model card's rule: STANDING_FOREST = &gt;= 50 % canopy in 2000 and no recent loss; RECENTLY_CLEARED = was forest and lost inside the recent window; else LONG_TERM_NON_FOREST. Use the result as reference for Evaluate (REFERENCE_FIELD = reference_label).

For each tile, the Hansen pixels whose centre lies inside the polygon are used (the polygon is transformed to the rasters' CRS; value 255 is nodata). A pixel is forest in 2000 when treecover2000 &gt;= the canopy threshold; lossyear v means loss in year 2000 + v. The tile is RECENTLY_CLEARED when the forest-2000 pixels lost within FIRST_YEAR..LAST_YEAR reach RECENT_LOSS_FRACTION of its valid pixels, else STANDING_FOREST when the forest-2000 pixels without any loss through LAST_YEAR reach FOREST_FRACTION, else LONG_TERM_NON_FOREST. Tiles without a valid Hansen pixel get an empty label and hansen_status NO_HANSEN_DATA (features without a geometry: NO_GEOMETRY). The model card publishes no tile-level thresholds: the two fractions are this plugin's choice, recorded in the output layer's metadata (abstract) and in the log.

Output: the input features and attributes plus reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), recent_loss_fraction, older_loss_fraction (forest-2000 pixels lost before FIRST_YEAR), hansen_pixels (about 1,300 for a 1 km tile at the equator, more towards the poles, where the 0.00025 degree pixels are narrower; fewer at the rasters' edge) and hansen_status.

Getting the data: Hansen GFC v1.12 granules are 10 x 10 degrees, named after their top-left corner (e.g. 10S_060W covers 10-20 S, 60-50 W), at https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif with layer = treecover2000 or lossyear. The log lists the granules your tiles need. For tiles spanning several granules, build one VRT per layer (gdalbuildvrt) over the same granules. Data: CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</source>
      <translation>Dá a cada polígono de quadrícula uma classe de referência a partir das camadas treecover2000 e lossyear do Hansen Global Forest Change, com a regra do cartão do modelo: STANDING_FOREST = &gt;= 50 % de dossel em 2000 e nenhuma perda recente; RECENTLY_CLEARED = era floresta e foi perdida dentro da janela recente; senão LONG_TERM_NON_FOREST. Use o resultado como referência para Avaliar (REFERENCE_FIELD = reference_label).

Para cada quadrícula são usados os pixels Hansen cujo centro fica dentro do polígono (o polígono é transformado para o SRC dos rasters; o valor 255 é nodata). Um pixel é floresta em 2000 quando treecover2000 &gt;= o limiar de dossel; lossyear v significa perda no ano 2000 + v. A quadrícula é RECENTLY_CLEARED quando os pixels de floresta de 2000 perdidos dentro de FIRST_YEAR..LAST_YEAR atingem RECENT_LOSS_FRACTION dos seus pixels válidos, senão STANDING_FOREST quando os pixels de floresta de 2000 sem nenhuma perda até LAST_YEAR atingem FOREST_FRACTION, senão LONG_TERM_NON_FOREST. Quadrículas sem pixel Hansen válido recebem um rótulo vazio e hansen_status NO_HANSEN_DATA (feições sem geometria: NO_GEOMETRY). O cartão do modelo não publica limiares por quadrícula: as duas frações são escolha deste plugin, registradas nos metadados da camada de saída (resumo) e no log.

Saída: as feições e atributos de entrada mais reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), recent_loss_fraction, older_loss_fraction (pixels de floresta de 2000 perdidos antes de FIRST_YEAR), hansen_pixels (cerca de 1.300 para uma quadrícula de 1 km no equador, mais em direção aos polos, onde os pixels de 0,00025 grau são mais estreitos; menos na borda dos rasters) e hansen_status.

Obtendo os dados: os grânulos Hansen GFC v1.12 têm 10 x 10 graus, nomeados pelo canto superior esquerdo (p. ex. 10S_060W cobre 10-20 S, 60-50 W), em https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif com layer = treecover2000 ou lossyear. O log lista os grânulos de que suas quadrículas precisam. Para quadrículas em vários grânulos, monte um VRT por camada (gdalbuildvrt) sobre os mesmos grânulos. Dados: CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="334" />
      <source>Polygon layer of tiles in any CRS, e.g. the output of Classify deforestation.</source>
      <translation>Camada de polígonos de quadrículas em qualquer SRC, p. ex. a saída de Classificar desmatamento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="337" />
      <source>Hansen GFC treecover2000 (percent canopy in 2000, 0-100; 255 = nodata), any CRS: a granule, a VRT of granules or a clip of them.</source>
      <translation>Hansen GFC treecover2000 (percentual de dossel em 2000, 0-100; 255 = nodata), qualquer SRC: um grânulo, um VRT de grânulos ou um recorte deles.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="340" />
      <source>Hansen GFC lossyear (0 = no loss, v = loss in 2000 + v; 255 = nodata), on the same pixel grid as treecover2000 (the same granules).</source>
      <translation>Hansen GFC lossyear (0 = sem perda, v = perda em 2000 + v; 255 = nodata), na mesma grade de pixels de treecover2000 (os mesmos grânulos).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="343" />
      <source>First calendar year whose loss counts as recent (inclusive). Default 2020: the model card's training window 2020-2024; its val/test labels used 3 years.</source>
      <translation>Primeiro ano civil cuja perda conta como recente (inclusive). Padrão 2020: a janela de treino 2020-2024 do cartão do modelo; seus rótulos de validação/teste usaram 3 anos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="347" />
      <source>Last calendar year whose loss counts as recent (inclusive), usually the year of the imagery. Default 2024. Loss after it is ignored (the forest still stood). A warning is given when the Hansen files (by the GFC-YYYY in their name) end earlier.</source>
      <translation>Último ano civil cuja perda conta como recente (inclusive), normalmente o ano das imagens. Padrão 2024. Perdas posteriores são ignoradas (a floresta ainda estava em pé). Um aviso é dado quando os arquivos Hansen (pelo GFC-AAAA do nome) terminam antes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="352" />
      <source>A pixel is forest in 2000 when treecover2000 &gt;= this percentage. Default 50, the model card's '&gt;= 50 % canopy in 2000'.</source>
      <translation>Um pixel é floresta em 2000 quando treecover2000 &gt;= esta porcentagem. Padrão 50, o '&gt;= 50 % de dossel em 2000' do cartão do modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="355" />
      <source>Share of the tile's valid pixels that must be forest in 2000 with no loss through LAST_YEAR for STANDING_FOREST. Default 0.5 (most of the tile is standing forest). Not published by the model card. 0 means any standing-forest pixel.</source>
      <translation>Parcela dos pixels válidos da quadrícula que deve ser floresta em 2000 sem perda até LAST_YEAR para STANDING_FOREST. Padrão 0.5 (a maior parte da quadrícula é floresta em pé). Não publicada pelo cartão do modelo. 0 significa qualquer pixel de floresta em pé.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="360" />
      <source>Share of the tile's valid pixels that were forest in 2000 and lost within the window for RECENTLY_CLEARED; checked first. Default 0.05 (about 5 ha of a 1 km tile, clearly visible at 10 m, while a few stray loss pixels are not enough). Not published by the model card. 0 means any recent-loss pixel.</source>
      <translation>Parcela dos pixels válidos da quadrícula que eram floresta em 2000 e foram perdidos dentro da janela para RECENTLY_CLEARED; verificada primeiro. Padrão 0.05 (cerca de 5 ha de uma quadrícula de 1 km, bem visível a 10 m, enquanto alguns pixels de perda soltos não bastam). Não publicada pelo cartão do modelo. 0 significa qualquer pixel de perda recente.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="365" />
      <source>The input tiles with reference_label, the fractions, hansen_pixels and hansen_status added (existing fields of those names are replaced). The parameters used are stored in the layer's metadata.</source>
      <translation>As quadrículas de entrada com reference_label, as frações, hansen_pixels e hansen_status adicionados (campos existentes com esses nomes são substituídos). Os parâmetros usados são armazenados nos metadados da camada.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="372" />
      <source>Re-derives class_label of an output of Classify deforestation from its stored probabilities, without running the model: RECENTLY_CLEARED where prob_recently_cleared reaches RC_THRESHOLD; below it the label stays, except a RECENTLY_CLEARED label, which becomes the most probable class. confidence becomes the probability of the new label. Lower the threshold to miss fewer clearings at the cost of more tiles to review. Every other field, the review decisions included, is copied unchanged. Classified tiles without probabilities (the recipe engine, or a server that gives no log-probabilities) keep their label and are counted; tiles not CLASSIFIED are copied as they are.</source>
      <translation>Recalcula o class_label de uma saída de Classificar desmatamento a partir das probabilidades armazenadas, sem executar o modelo: RECENTLY_CLEARED onde prob_recently_cleared atinge RC_THRESHOLD; abaixo dele o rótulo fica, exceto um rótulo RECENTLY_CLEARED, que passa a ser a classe mais provável. confidence passa a ser a probabilidade do novo rótulo. Reduza o limiar para perder menos desmatamentos ao custo de mais quadrículas a revisar. Todos os outros campos, incluindo as decisões de revisão, são copiados sem alteração. Quadrículas classificadas sem probabilidades (o motor da receita, ou um servidor que não dá log-probabilidades) mantêm o rótulo e são contadas; quadrículas não CLASSIFIED são copiadas como estão.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="383" />
      <source>An output of Classify deforestation made with the fast scoring engine (or a server that gives log-probabilities).</source>
      <translation>Uma saída de Classificar desmatamento feita com o motor de pontuação rápida (ou um servidor que dá log-probabilidades).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="386" />
      <source>A tile whose prob_recently_cleared reaches this value is RECENTLY_CLEARED.</source>
      <translation>Uma quadrícula cuja prob_recently_cleared atinge este valor é RECENTLY_CLEARED.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="388" />
      <source>A copy of INPUT with the new labels, styled like the classification.</source>
      <translation>Uma cópia de INPUT com os novos rótulos, estilizada como a classificação.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="393" />
      <source>Finds the B03, B04 and B08 files in a folder (a SAFE product's IMG_DATA, or single band downloads such as T21LYG_20230105_B08_10m.jp2 or B08.tif; B8A is never taken for B08) and writes a VRT that stacks them with band descriptions, ready as INPUT of Classify deforestation. The VRT points at the original files: nothing is copied.

A SAFE L2A product of processing baseline 04.00 or later (every acquisition from 2022-01-25 on) stores DN = reflectance x 10000 + 1000 and states its BOA_ADD_OFFSET (-1000) only in MTD_MSIL2A.xml at the SAFE root. The algorithm reads it there, or the baseline from the SAFE folder name (_N0510_), and writes it into the VRT as each band's offset, so the chips match the training data; it also records the acquisition date and product id, which Classify deforestation keeps in its output. Keep the band files inside their SAFE folder: copied out alone, they no longer say which offset they need (a warning says so).</source>
      <translation>Encontra os arquivos B03, B04 e B08 numa pasta (o IMG_DATA de um produto SAFE, ou downloads de bandas avulsas como T21LYG_20230105_B08_10m.jp2 ou B08.tif; B8A nunca é tomada por B08) e grava um VRT que os empilha com descrições de banda, pronto como INPUT de Classificar desmatamento. O VRT aponta para os arquivos originais: nada é copiado.

Um produto SAFE L2A da linha de base de processamento 04.00 ou posterior (toda aquisição a partir de 2022-01-25) armazena DN = reflectância x 10000 + 1000 e declara seu BOA_ADD_OFFSET (-1000) só no MTD_MSIL2A.xml na raiz do SAFE. O algoritmo o lê ali, ou a linha de base pelo nome da pasta SAFE (_N0510_), e o grava no VRT como o deslocamento de cada banda, para que os recortes correspondam aos dados de treino; também registra a data de aquisição e o id do produto, que Classificar desmatamento mantém na saída. Mantenha os arquivos de banda dentro da pasta SAFE: copiados sozinhos, eles não dizem mais qual deslocamento precisam (um aviso diz isso).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="408" />
      <source>Folder holding one file per band (searched recursively; at 10 m when a SAFE product holds several resolutions).</source>
      <translation>Pasta com um arquivo por banda (busca recursiva; a 10 m quando um produto SAFE tem várias resoluções).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="411" />
      <source>The VRT to write (B03, B04, B08).</source>
      <translation>O VRT a gravar (B03, B04, B08).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="15" />
      <source>Writes a PDF report of a compare output for the people who act on alerts: a summary page (alert tiles by tier and by decision, the area of the alert patches and the area cleared inside them, the cleared area by overlay polygon, the dates, the plugin and model provenance) and one page per alert patch: its area in ha, tier, probabilities, dates, centroid, the overlay polygons it touches, and each tile's review and audit decision with the reviewer's and auditor's names, the reason and the time; a location map and an overview; and, when the images are given, the earlier and the later image side by side with the clearings outlined. The pages are a QGIS print layout and its atlas (one atlas feature per page), in the language QGIS runs in; it runs headless through qgis_process too.</source>
      <translation>Grava um relatório PDF de uma saída da comparação para quem age sobre os alertas: uma página de resumo (tiles de alerta por nível e por decisão, a área das manchas de alerta e a área desmatada dentro delas, a área desmatada por polígono de sobreposição, as datas, a proveniência do plugin e do modelo) e uma página por mancha de alerta: sua área em ha, nível, probabilidades, datas, centroide, os polígonos de sobreposição que toca e a decisão de revisão e de auditoria de cada tile com os nomes do revisor e do auditor, o motivo e o horário; um mapa de localização e uma visão geral; e, quando as imagens são informadas, a imagem anterior e a posterior lado a lado com os desmatamentos contornados. As páginas são um layout de impressão do QGIS e seu atlas (uma feição do atlas por página), no idioma em que o QGIS roda; também roda sem interface pelo qgis_process.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="27" />
      <source>The compared tiles: OUTPUT of Compare two dates, with the review's decisions (review_status, reviewer, review_reason, audit_status, auditor).</source>
      <translation>Os tiles comparados: OUTPUT de Comparar duas datas, com as decisões da revisão (review_status, reviewer, review_reason, audit_status, auditor).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="30" />
      <source>PATCHES of the same compare run: each patch's area_ha and outline. Without it, a patch's area is its 1 km tiles.</source>
      <translation>PATCHES da mesma comparação: area_ha e contorno de cada mancha. Sem ela, a área de uma mancha é a de seus tiles de 1 km.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="33" />
      <source>CLEARINGS of the same compare run, outlined on the maps; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS da mesma comparação, contornados nos mapas; padrão: o arquivo de desmatamentos que a saída da comparação registra.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="36" />
      <source>The earlier Sentinel-2 image (B03, B04, B08), shown in the chips' false colour on each patch page.</source>
      <translation>A imagem Sentinel-2 anterior (B03, B04, B08), mostrada na falsa cor dos chips em cada página de mancha.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="39" />
      <source>The later Sentinel-2 image, shown beside the earlier.</source>
      <translation>A imagem Sentinel-2 posterior, mostrada ao lado da anterior.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="40" />
      <source>The PDF to write.</source>
      <translation>O PDF a gravar.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="44" />
      <source>Makes a folder to review alerts in the field, offline, with QField or any mobile GIS: a GeoPackage (field_review.gpkg) with the tiles of the review queue (the alert tiles and the candidate tiles) and their clearings, the earlier and the later chip of each tile as PNG files in its DCIM folder, and a project (field_review.qgz) with relative paths, the layers styled and a form for the decision: the decision, the class seen and the reason chosen from lists in the analyst's language, the reviewer, a note, the time stamped in UTC, and the chips shown as images. Copy the whole folder to the device. Bring the GeoPackage back and run Merge field decisions to write the decisions into the compare output.</source>
      <translation>Cria uma pasta para revisar alertas em campo, offline, com o QField ou qualquer SIG móvel: um GeoPackage (field_review.gpkg) com as quadrículas da fila de revisão (as quadrículas de alerta e as candidatas) e seus desmatamentos, o recorte anterior e o posterior de cada quadrícula como arquivos PNG na sua pasta DCIM, e um projeto (field_review.qgz) com caminhos relativos, as camadas estilizadas e um formulário para a decisão: a decisão, a classe vista e o motivo escolhidos em listas no idioma do analista, o revisor, uma nota, a hora registrada em UTC e os recortes mostrados como imagens. Copie a pasta inteira para o dispositivo. Traga o GeoPackage de volta e execute Mesclar decisões de campo para gravar as decisões na saída da comparação.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="55" />
      <source>The compared tiles: OUTPUT of Compare two dates, a GeoPackage. Its decisions so far go into the package.</source>
      <translation>As quadrículas comparadas: OUTPUT de Comparar duas datas, um GeoPackage. As decisões tomadas até agora vão para o pacote.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="58" />
      <source>CLEARINGS of the same compare run; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS da mesma execução da comparação; padrão: o arquivo de desmatamentos que a saída da comparação registra.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="61" />
      <source>The earlier Sentinel-2 image, for the earlier chip of each tile; default: the image the review chose for this layer in the project. Without it, no chips.</source>
      <translation>A imagem Sentinel-2 anterior, para o recorte anterior de cada quadrícula; padrão: a imagem que a revisão escolheu para esta camada no projeto. Sem ela, não há recortes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="64" />
      <source>The later Sentinel-2 image, for the later chips.</source>
      <translation>A imagem Sentinel-2 posterior, para os recortes posteriores.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="65" />
      <source>The folder of the package; it must not hold a field package already (merge that one first).</source>
      <translation>A pasta do pacote; ela não pode já conter um pacote de campo (mescle aquele primeiro).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="71" />
      <source>Writes the decisions made in a field package back into the compare output, matched by tile_id, through the layer as the review writes them. A tile the field left as it was packaged is not touched. When the office decided a tile after the package was made, the later decision wins: an office decision as late as the field's or later is kept and the field's is reported as a conflict, never written over it. A new decision clears the earlier audit, as in the review.</source>
      <translation>Grava as decisões tomadas num pacote de campo de volta na saída da comparação, casadas por tile_id, através da camada, como a revisão as grava. Uma quadrícula que o campo deixou como foi empacotada não é tocada. Quando o escritório decidiu uma quadrícula depois de o pacote ser feito, vale a decisão mais recente: uma decisão do escritório tão recente quanto a do campo ou mais é mantida e a do campo é relatada como conflito, nunca gravada por cima. Uma nova decisão apaga a auditoria anterior, como na revisão.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="79" />
      <source>The compared tiles the package was made from (OUTPUT of Compare two dates); the decisions are written into it.</source>
      <translation>As quadrículas comparadas das quais o pacote foi feito (OUTPUT de Comparar duas datas); as decisões são gravadas nelas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="82" />
      <source>field_review.gpkg of the field package, as it came back from the field.</source>
      <translation>field_review.gpkg do pacote de campo, tal como voltou do campo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="17" />
      <source>Writes a report to paste when something goes wrong: the versions of the plugin, QGIS, Qt, Python, GDAL, numpy and llama-cpp-python; the backend and the compute devices llama.cpp sees (and the last device measurement); the model files with their sizes and SHA-256; the plugin's settings; and the last lines of the last classification run's log.

The report is made to be shared: your home folder is written as ~ and your user name replaced, and API keys are never included. Read it before you send it: the file and folder names it lists are yours.</source>
      <translation>Grava um relatório para colar quando algo der errado: as versões do plugin, QGIS, Qt, Python, GDAL, numpy e llama-cpp-python; o backend e os dispositivos de cálculo que o llama.cpp vê (e a última medição de dispositivo); os arquivos do modelo com seus tamanhos e SHA-256; as configurações do plugin; e as últimas linhas do log da última execução de classificação.

O relatório é feito para ser compartilhado: sua pasta pessoal é escrita como ~ e seu nome de usuário substituído, e as chaves de API nunca são incluídas. Leia-o antes de enviá-lo: os nomes de arquivos e pastas que ele lista são seus.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="27" />
      <source>The Markdown file to write (.md).</source>
      <translation>O arquivo Markdown a gravar (.md).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="31" />
      <source>Writes an offline bundle: a folder to copy on a USB stick for a computer without network, the same as `make offline-bundle` writes. It holds the pinned llama-cpp-python and its pure dependencies as prebuilt wheels for each platform and backend chosen (downloaded with pip, nothing is compiled), the model files of the plugin settings, and bundle.json with the SHA-256 of every file.

A platform and backend without a prebuilt wheel (or unreachable from here) is left out and listed in bundle.json with pip's reason; the run fails when no platform got wheels. On the computer without network: Settings &gt; Options &gt; Deforestation Classifier &gt; Install dependencies &gt; Install from an offline bundle..., or Use an offline bundle... in the model dialog.</source>
      <translation>Grava um pacote offline: uma pasta para copiar num pendrive para um computador sem rede, a mesma que `make offline-bundle` grava. Ela contém o llama-cpp-python fixado e suas dependências puras como wheels pré-compilados para cada plataforma e backend escolhidos (baixados com o pip, nada é compilado), os arquivos do modelo das configurações do plugin e o bundle.json com o SHA-256 de cada arquivo.

Uma plataforma e backend sem wheel pré-compilado (ou inacessível daqui) fica de fora e é listado no bundle.json com o motivo do pip; a execução falha quando nenhuma plataforma recebeu wheels. No computador sem rede: Configurações &gt; Opções &gt; Deforestation Classifier &gt; Instalar dependências... &gt; Instalar a partir de um pacote offline..., ou Usar um pacote offline... na janela do modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="43" />
      <source>The folder to write the bundle into (an empty folder, or a USB stick).</source>
      <translation>A pasta onde gravar o pacote (uma pasta vazia, ou um pendrive).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="45" />
      <source>The operating systems the bundle is for: Windows (64-bit), Linux (x86_64), macOS (Apple silicon). Default: all three. With qgis_process, give the names, comma-separated: PLATFORMS=windows-amd64,linux-x86_64.</source>
      <translation>Os sistemas operacionais a que o pacote se destina: Windows (64 bits), Linux (x86_64), macOS (Apple silicon). Padrão: os três. Com o qgis_process, informe os nomes, separados por vírgula: PLATFORMS=windows-amd64,linux-x86_64.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="49" />
      <source>The llama-cpp-python builds to download: cpu works everywhere; vulkan and cuda are for Windows and Linux, metal for macOS. None chosen: each platform's prebuilt builds. A backend a platform has no prebuilt build of is skipped. With qgis_process, give the names: BACKENDS=cpu,vulkan.</source>
      <translation>Os builds do llama-cpp-python a baixar: cpu funciona em qualquer lugar; vulkan e cuda são para Windows e Linux, metal para macOS. Nenhum escolhido: os builds pré-compilados de cada plataforma. Um backend sem build pré-compilado para uma plataforma é ignorado. Com o qgis_process, informe os nomes: BACKENDS=cpu,vulkan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="54" />
      <source>The Python version (major.minor) of the QGIS the bundle is for, which may differ from this one: read it in that QGIS's Python console with import sys; sys.version. Wheels are built for one Python version. Default: this QGIS's, {}.</source>
      <translation>A versão do Python (major.minor) do QGIS a que o pacote se destina, que pode ser diferente deste: leia-a no console Python desse QGIS com import sys; sys.version. Os wheels são feitos para uma versão do Python. Padrão: a deste QGIS, {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="59" />
      <source>Copy the model files of the plugin settings (the model card's pair, or the files set there) into the bundle. They must be on this computer: download the model first in the plugin settings, or untick this to write the wheels only.</source>
      <translation>Copiar para o pacote os arquivos do modelo das configurações do plugin (o par do cartão do modelo, ou os arquivos definidos ali). Eles precisam estar neste computador: baixe o modelo primeiro nas configurações do plugin, ou desmarque esta opção para gravar só os wheels.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="63" />
      <source>A folder of wheels (an office mirror) to take the packages from instead of the package indexes on the internet.</source>
      <translation>Uma pasta de wheels (um espelho do escritório) de onde tirar os pacotes em vez dos índices de pacotes na internet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="69" />
      <source>Write an offline bundle</source>
      <translation>Gravar um pacote offline</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="75" />
      <source>Bundle folder</source>
      <translation>Pasta do pacote</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="77" />
      <source>Platforms</source>
      <translation>Plataformas</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="80" />
      <source>Backends (none: each platform's prebuilt builds)</source>
      <translation>Backends (nenhum: os builds pré-compilados de cada plataforma)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="84" />
      <source>Python version of the QGIS the bundle is for</source>
      <translation>Versão do Python do QGIS a que o pacote se destina</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="87" />
      <source>Include the model files</source>
      <translation>Incluir os arquivos do modelo</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="89" />
      <source>Folder of wheels to take the packages from</source>
      <translation>Pasta de wheels de onde tirar os pacotes</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="92" />
      <source>The bundle's manifest (bundle.json)</source>
      <translation>O manifesto do pacote (bundle.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="94" />
      <source>Platforms and backends with wheels</source>
      <translation>Plataformas e backends com wheels</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="96" />
      <source>Platforms and backends without wheels</source>
      <translation>Plataformas e backends sem wheels</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="102" />
      <source>PYTHON_VERSION must be major.minor, such as 3.12: that of the QGIS the bundle is for (in its Python console: import sys; sys.version), not {!r}.</source>
      <translation>PYTHON_VERSION deve ser major.minor, como 3.12: a do QGIS a que o pacote se destina (no console Python dele: import sys; sys.version), não {!r}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="118" />
      <source>No wheels were downloaded for any platform ({}). Check the network (or FIND_LINKS), PYTHON_VERSION and BACKENDS; {} keeps pip's reasons in full.</source>
      <translation>Nenhum wheel foi baixado para nenhuma plataforma ({}). Verifique a rede (ou FIND_LINKS), PYTHON_VERSION e BACKENDS; {} guarda os motivos do pip por inteiro.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="121" />
      <source>no backend chosen has prebuilt builds for the platforms chosen</source>
      <translation>nenhum backend escolhido tem builds pré-compilados para as plataformas escolhidas</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="124" />
      <source>Left out, without wheels: {}</source>
      <translation>Deixados de fora, sem wheels: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="125" />
      <source>Offline bundle written to {}: wheels for {}; {} model files.</source>
      <translation>Pacote offline gravado em {}: wheels para {}; {} arquivos do modelo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="143" />
      <source>INCLUDE_MODEL: the model files are not on this computer ({}). Download the model first (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model...), or untick INCLUDE_MODEL to write the wheels only.</source>
      <translation>INCLUDE_MODEL: os arquivos do modelo não estão neste computador ({}). Baixe o modelo primeiro (Configurações &gt; Opções &gt; Deforestation Classifier &gt; Baixar modelo...), ou desmarque INCLUDE_MODEL para gravar só os wheels.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="40" />
      <source>Relabel tiles for another RECENTLY_CLEARED threshold</source>
      <translation>Reclassificar quadrículas para outro limiar de RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="45" />
      <source>Classified tiles</source>
      <translation>Quadrículas classificadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="51" />
      <source>Relabelled tiles</source>
      <translation>Quadrículas reclassificadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="52" />
      <source>Tiles whose label changed</source>
      <translation>Quadrículas cujo rótulo mudou</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="53" />
      <source>Tiles newly RECENTLY_CLEARED</source>
      <translation>Quadrículas novas em RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="54" />
      <source>RECENTLY_CLEARED tiles</source>
      <translation>Quadrículas RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="55" />
      <source>Classified tiles without probabilities</source>
      <translation>Quadrículas classificadas sem probabilidades</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="66" />
      <source>INPUT lacks the fields {}: use an output of Classify deforestation.</source>
      <translation>INPUT não tem os campos {}: use uma saída de Classificar desmatamento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="76" />
      <source>RC_THRESHOLD {}: {} labels changed, {} tiles newly RECENTLY_CLEARED ({} in all); {} classified tiles without probabilities kept their label.</source>
      <translation>RC_THRESHOLD {}: {} rótulos mudaram, {} quadrículas novas em RECENTLY_CLEARED ({} no total); {} quadrículas classificadas sem probabilidades mantiveram o rótulo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="19" />
      <source>Stack Sentinel-2 band files (B03, B04, B08) into a VRT</source>
      <translation>Empilhar arquivos de banda Sentinel-2 (B03, B04, B08) num VRT</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="24" />
      <source>Folder of band files</source>
      <translation>Pasta dos arquivos de banda</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="27" />
      <source>Stacked VRT</source>
      <translation>VRT empilhado</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="40" />
      <source>Stacked B03, B04, B08 into {}</source>
      <translation>B03, B04, B08 empilhadas em {}</translation>
    </message>
    <message>
      <location filename="../toolbelt/message_bar.py" line="17" />
      <location filename="../toolbelt/message_bar.py" line="33" />
      <source>Deforestation Classifier</source>
      <translation>Classificador de Desmatamento</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="209" />
      <source>Chip of {} could not be rendered: {}</source>
      <translation>O recorte de {} não pôde ser renderizado: {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="37" />
      <source>Deforestation {}</source>
      <translation>Desmatamento {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>no data</source>
      <translation>sem dados</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>insufficient data</source>
      <translation>dados insuficientes</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>cloudy</source>
      <translation>nublada</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>error</source>
      <translation>erro</translation>
    </message>
    <message>
      <location filename="../ui/map_highlight.py" line="34" />
      <source>Tile {} cannot be shown in the map's CRS: {}</source>
      <translation>A quadrícula {} não pode ser mostrada no SRC do mapa: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="58" />
      <source>The offline bundle holds no model files. On a computer that has the model, write a bundle with them: `make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`.</source>
      <translation>O pacote offline não contém arquivos de modelo. Em um computador que tenha o modelo, grave um pacote com eles: `make offline-bundle MODEL=&lt;GGUF do modelo de texto&gt; MMPROJ=&lt;GGUF mmproj&gt;`.</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="61" />
      <source>The offline bundle's model files ({names}) are not one text model GGUF and one vision projector (mmproj) GGUF, so none is used; they were copied into {folder}. Write a bundle with the pair (`make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`), or choose the two files with "Use files already on this computer...".</source>
      <translation>Os arquivos de modelo do pacote offline ({names}) não são um GGUF de modelo de texto e um GGUF de projetor de visão (mmproj), então nenhum é usado; eles foram copiados para {folder}. Grave um pacote com o par (`make offline-bundle MODEL=&lt;GGUF do modelo de texto&gt; MMPROJ=&lt;GGUF mmproj&gt;`) ou escolha os dois arquivos com "Usar arquivos já presentes neste computador...".</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="75" />
      <source>Copying the model from an offline bundle</source>
      <translation>Copiando o modelo de um pacote offline</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="100" />
      <source>Unexpected error while copying from the offline bundle: {}</source>
      <translation>Erro inesperado ao copiar do pacote offline: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="106" />
      <source>Offline bundle: {}</source>
      <translation>Pacote offline: {}</translation>
    </message>
    <message>
      <source>A Sentinel-2 L2A collection with assets green, red, nir and scl.</source>
      <translation type="vanished">Uma coleção Sentinel-2 L2A com os assets green, red, nir e scl.</translation>
    </message>
    <message>
      <source>Acquisition time</source>
      <translation type="vanished">Hora da aquisição</translation>
    </message>
    <message>
      <source>Acquisitions whose eo:cloud_cover is above this are not taken.</source>
      <translation type="vanished">Aquisições cujo eo:cloud_cover está acima disto não são usadas.</translation>
    </message>
    <message>
      <source>Compares two outputs of Classify deforestation on the same 1 km grid, tile by tile (the tile ids line up). Where an analyst set reviewed_label in the review dock, it overrides the model's class_label.

OUTPUT: one row per tile present and classified in both, with label_before, label_after, transition (e.g. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 where STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, prob_recently_cleared_after, the patch_id of alert tiles and the centroid's longitude and latitude.

PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the forest was seen and the earliest date it was seen gone.

Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).

Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR without review), are counted and reported, never guessed. Layers on different grids are refused. EXPORT_FOLDER also writes the alerts and patches as GeoJSON, KML and CSV for a field team.</source>
      <translation type="vanished">Compara duas saídas de Classificar desmatamento na mesma grade de 1 km, quadrícula por quadrícula (os ids das quadrículas coincidem). Onde um analista definiu reviewed_label no painel de revisão, ele prevalece sobre o class_label do modelo.

OUTPUT: uma linha por quadrícula presente e classificada em ambas, com label_before, label_after, transition (p. ex. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 onde STANDING_FOREST virou RECENTLY_CLEARED ou LONG_TERM_NON_FOREST), as datas das imagens, prob_recently_cleared_after, o patch_id das quadrículas de alerta e a longitude e latitude do centroide.

PATCHES: quadrículas de alerta que compartilham uma aresta dissolvidas num polígono cada (vizinhas na diagonal são fragmentos separados), os maiores primeiro: patch_id, n_tiles, area_ha (no terreno, cerca de 100 ha por quadrícula), max_prob_recently_cleared, a última data em que a floresta foi vista e a primeira em que foi vista ausente.

Sem BEFORE, as quadrículas RECENTLY_CLEARED de AFTER são os alertas (uma data).

Quadrículas presentes em só uma camada, ou sem classe em alguma delas (NO_DATA, CLOUDY, ERROR sem revisão), são contadas e informadas, nunca adivinhadas. Camadas em grades diferentes são recusadas. EXPORT_FOLDER também grava os alertas e fragmentos como GeoJSON, KML e CSV para uma equipe de campo.</translation>
    </message>
    <message>
      <source>Edge-connected alert tiles as one polygon each, with their area on the ground.</source>
      <translation type="vanished">Quadrículas de alerta conectadas pelas arestas como um polígono cada, com sua área no terreno.</translation>
    </message>
    <message>
      <source>GDAL could not mosaic the '{}' assets of {}.</source>
      <translation type="vanished">O GDAL não conseguiu fazer o mosaico dos assets '{}' de {}.</translation>
    </message>
    <message>
      <source>One row per compared tile (GeoPackage), styled with the alerts in red.</source>
      <translation type="vanished">Uma linha por quadrícula comparada (GeoPackage), estilizada com os alertas em vermelho.</translation>
    </message>
    <message>
      <source>Searches a STAC API (Earth Search's sentinel-2-l2a by default: the source of the model's training chips) for the acquisitions over EXTENT between START_DATE and END_DATE, chooses the one with the least cloud over the extent (scene cloud first, the SCL over the extent when candidates are close, the newest on ties) and writes a VRT of B08, B04, B03 (assets nir, red, green; never nir08, which is B8A) that mosaics its MGRS tiles on one UTM grid, clipped to the extent on whole kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: only the blocks of the extent travel. The VRT records the item ids, the acquisition date and time, the processing baseline and the scaling decision, so Classify deforestation writes image_date / image_id and uses the SCL as its cloud mask.</source>
      <translation type="vanished">Pesquisa uma API STAC (por padrão a sentinel-2-l2a do Earth Search: a fonte dos recortes de treino do modelo) pelas aquisições sobre EXTENT entre START_DATE e END_DATE, escolhe a com menos nuvens sobre a extensão (primeiro as nuvens da cena, a SCL sobre a extensão quando os candidatos estão próximos, a mais recente em caso de empate) e grava um VRT de B08, B04, B03 (assets nir, red, green; nunca nir08, que é B8A) que faz o mosaico de suas quadrículas MGRS numa grade UTM, recortado na extensão em quilômetros inteiros, com a SCL ao lado. As bandas são lidas pelo /vsicurl/ do GDAL: só os blocos da extensão são transferidos. O VRT registra os ids dos itens, a data e hora da aquisição, a linha de base de processamento e a decisão de escala, de modo que Classificar desmatamento grava image_date / image_id e usa a SCL como máscara de nuvens.</translation>
    </message>
    <message>
      <source>The item {} has no '{}' asset ({}); is COLLECTION a Sentinel-2 L2A collection?</source>
      <translation type="vanished">O item {} não tem o asset '{}' ({}); COLLECTION é uma coleção Sentinel-2 L2A?</translation>
    </message>
    <message>
      <source>The tiles of {} need different scalings ({}); choose a narrower extent or another date.</source>
      <translation type="vanished">As quadrículas de {} precisam de escalas diferentes ({}); escolha uma extensão menor ou outra data.</translation>
    </message>
    <message>
      <source>When set: alerts.geojson, alerts.kml, alerts.csv, patches.geojson, patches.kml and patches.csv (WGS 84; CSV with centroid longitude and latitude).</source>
      <translation type="vanished">Quando definida: alerts.geojson, alerts.kml, alerts.csv, patches.geojson, patches.kml e patches.csv (WGS 84; CSV com longitude e latitude do centroide).</translation>
    </message>
  </context>
</TS>
