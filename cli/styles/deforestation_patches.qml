<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" minScale="100000000" simplifyAlgorithm="0" maxScale="0" labelsEnabled="0" styleCategories="AllStyleCategories" simplifyLocal="1" simplifyMaxScale="1" version="3.22.16-Białowieża" simplifyDrawingTol="1" symbologyReferenceScale="-1" readOnly="0" simplifyDrawingHints="1">
 <flags>
  <Identifiable>1</Identifiable>
  <Removable>1</Removable>
  <Searchable>1</Searchable>
  <Private>0</Private>
 </flags>
 <temporal accumulate="0" mode="0" startField="" endField="" endExpression="" enabled="0" durationUnit="min" limitMode="0" fixedDuration="0" startExpression="" durationField="">
  <fixedRange>
   <start></start>
   <end></end>
  </fixedRange>
 </temporal>
 <renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0" enableorderby="0" referencescale="-1">
  <symbols>
   <symbol type="fill" name="0" clip_to_extent="1" alpha="1" force_rhr="0">
    <data_defined_properties>
     <Option type="Map">
      <Option type="QString" name="name" value=""/>
      <Option name="properties"/>
      <Option type="QString" name="type" value="collection"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleFill">
     <Option type="Map">
      <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
      <Option type="QString" name="color" value="227,26,28,60"/>
      <Option type="QString" name="joinstyle" value="bevel"/>
      <Option type="QString" name="offset" value="0,0"/>
      <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
      <Option type="QString" name="offset_unit" value="MM"/>
      <Option type="QString" name="outline_color" value="255,140,0,255"/>
      <Option type="QString" name="outline_style" value="solid"/>
      <Option type="QString" name="outline_width" value="0.8"/>
      <Option type="QString" name="outline_width_unit" value="MM"/>
      <Option type="QString" name="style" value="solid"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="227,26,28,60" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="255,140,0,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.8" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="solid" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" name="name" value=""/>
       <Option name="properties"/>
       <Option type="QString" name="type" value="collection"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
  <rotation/>
  <sizescale/>
 </renderer-v2>
 <customproperties>
  <Option/>
 </customproperties>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerOpacity>1</layerOpacity>
 <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
  <activeChecks type="StringList">
   <Option type="QString" value=""/>
  </activeChecks>
  <checkConfiguration/>
 </geometryOptions>
 <legend type="default-vector" showLabelLegend="0"/>
 <referencedLayers/>
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="patch_id">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="n_tiles">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="area_ha">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="max_prob_recently_cleared">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="image_date_before">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="image_date_after">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="tile_ids">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="centroid_lon">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="centroid_lat">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="cleared_ha">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="confidence">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" name="" index="0"/>
  <alias field="patch_id" name="" index="1"/>
  <alias field="n_tiles" name="" index="2"/>
  <alias field="area_ha" name="" index="3"/>
  <alias field="max_prob_recently_cleared" name="" index="4"/>
  <alias field="image_date_before" name="" index="5"/>
  <alias field="image_date_after" name="" index="6"/>
  <alias field="tile_ids" name="" index="7"/>
  <alias field="centroid_lon" name="" index="8"/>
  <alias field="centroid_lat" name="" index="9"/>
  <alias field="cleared_ha" name="" index="10"/>
  <alias field="confidence" name="" index="11"/>
 </aliases>
 <defaults>
  <default field="fid" expression="" applyOnUpdate="0"/>
  <default field="patch_id" expression="" applyOnUpdate="0"/>
  <default field="n_tiles" expression="" applyOnUpdate="0"/>
  <default field="area_ha" expression="" applyOnUpdate="0"/>
  <default field="max_prob_recently_cleared" expression="" applyOnUpdate="0"/>
  <default field="image_date_before" expression="" applyOnUpdate="0"/>
  <default field="image_date_after" expression="" applyOnUpdate="0"/>
  <default field="tile_ids" expression="" applyOnUpdate="0"/>
  <default field="centroid_lon" expression="" applyOnUpdate="0"/>
  <default field="centroid_lat" expression="" applyOnUpdate="0"/>
  <default field="cleared_ha" expression="" applyOnUpdate="0"/>
  <default field="confidence" expression="" applyOnUpdate="0"/>
 </defaults>
 <constraints>
  <constraint field="fid" constraints="3" unique_strength="1" notnull_strength="1" exp_strength="0"/>
  <constraint field="patch_id" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="n_tiles" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="area_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="max_prob_recently_cleared" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="image_date_before" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="image_date_after" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="tile_ids" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="centroid_lon" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="centroid_lat" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="cleared_ha" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  <constraint field="confidence" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
 </constraints>
 <constraintExpressions>
  <constraint field="fid" exp="" desc=""/>
  <constraint field="patch_id" exp="" desc=""/>
  <constraint field="n_tiles" exp="" desc=""/>
  <constraint field="area_ha" exp="" desc=""/>
  <constraint field="max_prob_recently_cleared" exp="" desc=""/>
  <constraint field="image_date_before" exp="" desc=""/>
  <constraint field="image_date_after" exp="" desc=""/>
  <constraint field="tile_ids" exp="" desc=""/>
  <constraint field="centroid_lon" exp="" desc=""/>
  <constraint field="centroid_lat" exp="" desc=""/>
  <constraint field="cleared_ha" exp="" desc=""/>
  <constraint field="confidence" exp="" desc=""/>
 </constraintExpressions>
 <expressionfields/>
 <attributeactions/>
 <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
  <columns/>
 </attributetableconfig>
 <conditionalstyles>
  <rowstyles/>
  <fieldstyles/>
 </conditionalstyles>
 <storedexpressions/>
 <editform tolerant="1"></editform>
 <editforminit/>
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath></editforminitfilepath>
 <editforminitcode><![CDATA[]]></editforminitcode>
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable/>
 <labelOnTop/>
 <reuseLastValue/>
 <dataDefinedFieldProperties/>
 <widgets/>
 <previewExpression></previewExpression>
 <mapTip></mapTip>
 <layerGeometryType>2</layerGeometryType>
</qgis>
