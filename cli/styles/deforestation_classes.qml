<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" minScale="100000000" simplifyAlgorithm="0" simplifyDrawingTol="1" labelsEnabled="0" simplifyMaxScale="1" styleCategories="AllStyleCategories" simplifyDrawingHints="1" readOnly="0" simplifyLocal="1" maxScale="0" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1">
 <flags>
  <Identifiable>1</Identifiable>
  <Removable>1</Removable>
  <Searchable>1</Searchable>
  <Private>0</Private>
 </flags>
 <temporal durationUnit="min" fixedDuration="0" accumulate="0" startField="" startExpression="" mode="0" endField="" endExpression="" limitMode="0" enabled="0" durationField="">
  <fixedRange>
   <start></start>
   <end></end>
  </fixedRange>
 </temporal>
 <renderer-v2 enableorderby="0" symbollevels="0" type="categorizedSymbol" forceraster="0" referencescale="-1" attr="coalesce(attribute('reviewed_label'), &quot;class_label&quot;)">
  <categories>
   <category value="STANDING_FOREST" label="Standing forest" render="true" symbol="0"/>
   <category value="RECENTLY_CLEARED" label="Recently cleared" render="true" symbol="1"/>
   <category value="LONG_TERM_NON_FOREST" label="Long-term non-forest" render="true" symbol="2"/>
   <category value="" label="Not classified (no data, partial tile, cloud or error)" render="true" symbol="3"/>
   <category value="legend:CONFIRMED" label="Reviewed: confirmed (black outline)" render="true" symbol="4"/>
   <category value="legend:CORRECTED" label="Reviewed: corrected (magenta outline)" render="true" symbol="5"/>
   <category value="legend:UNCLEAR" label="Reviewed: unclear (yellow outline)" render="true" symbol="6"/>
  </categories>
  <symbols>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="0" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="26,150,65,150" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="60,60,60,255" type="QString" name="outline_color"/>
      <Option value="solid" type="QString" name="outline_style"/>
      <Option value="0.2" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="solid" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="26,150,65,150" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="60,60,60,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.2" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="solid" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option type="Map" name="properties">
        <Option type="Map" name="outlineColor">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') = 'CONFIRMED' THEN '0,0,0,255' WHEN attribute('review_status') = 'CORRECTED' THEN '255,0,255,255' WHEN attribute('review_status') = 'UNCLEAR' THEN '255,200,0,255' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineStyle">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 'solid' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineWidth">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 0.9 END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
       </Option>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="1" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="227,26,28,190" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="60,60,60,255" type="QString" name="outline_color"/>
      <Option value="solid" type="QString" name="outline_style"/>
      <Option value="0.2" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="solid" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="227,26,28,190" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="60,60,60,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.2" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="solid" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option type="Map" name="properties">
        <Option type="Map" name="outlineColor">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') = 'CONFIRMED' THEN '0,0,0,255' WHEN attribute('review_status') = 'CORRECTED' THEN '255,0,255,255' WHEN attribute('review_status') = 'UNCLEAR' THEN '255,200,0,255' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineStyle">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 'solid' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineWidth">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 0.9 END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
       </Option>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="2" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="205,183,140,140" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="60,60,60,255" type="QString" name="outline_color"/>
      <Option value="solid" type="QString" name="outline_style"/>
      <Option value="0.2" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="solid" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="205,183,140,140" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="60,60,60,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.2" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="solid" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option type="Map" name="properties">
        <Option type="Map" name="outlineColor">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') = 'CONFIRMED' THEN '0,0,0,255' WHEN attribute('review_status') = 'CORRECTED' THEN '255,0,255,255' WHEN attribute('review_status') = 'UNCLEAR' THEN '255,200,0,255' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineStyle">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 'solid' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineWidth">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 0.9 END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
       </Option>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="3" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="0,0,0,0" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="110,110,110,255" type="QString" name="outline_color"/>
      <Option value="dash" type="QString" name="outline_style"/>
      <Option value="0.3" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="no" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="0,0,0,0" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="110,110,110,255" k="outline_color"/>
     <prop v="dash" k="outline_style"/>
     <prop v="0.3" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option type="Map" name="properties">
        <Option type="Map" name="outlineColor">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') = 'CONFIRMED' THEN '0,0,0,255' WHEN attribute('review_status') = 'CORRECTED' THEN '255,0,255,255' WHEN attribute('review_status') = 'UNCLEAR' THEN '255,200,0,255' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineStyle">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 'solid' END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
        <Option type="Map" name="outlineWidth">
         <Option value="true" type="bool" name="active"/>
         <Option value="CASE WHEN attribute('review_status') IS NOT NULL THEN 0.9 END" type="QString" name="expression"/>
         <Option value="3" type="int" name="type"/>
        </Option>
       </Option>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="4" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="0,0,0,0" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="0,0,0,255" type="QString" name="outline_color"/>
      <Option value="solid" type="QString" name="outline_style"/>
      <Option value="0.9" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="no" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="0,0,0,0" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="0,0,0,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.9" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option name="properties"/>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="5" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="0,0,0,0" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="255,0,255,255" type="QString" name="outline_color"/>
      <Option value="solid" type="QString" name="outline_style"/>
      <Option value="0.9" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="no" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="0,0,0,0" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="255,0,255,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.9" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option name="properties"/>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol force_rhr="0" clip_to_extent="1" type="fill" name="6" alpha="1">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" locked="0" pass="0" enabled="1">
     <Option type="Map">
      <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
      <Option value="0,0,0,0" type="QString" name="color"/>
      <Option value="bevel" type="QString" name="joinstyle"/>
      <Option value="0,0" type="QString" name="offset"/>
      <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
      <Option value="MM" type="QString" name="offset_unit"/>
      <Option value="255,200,0,255" type="QString" name="outline_color"/>
      <Option value="solid" type="QString" name="outline_style"/>
      <Option value="0.9" type="QString" name="outline_width"/>
      <Option value="MM" type="QString" name="outline_width_unit"/>
      <Option value="no" type="QString" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="0,0,0,0" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="255,200,0,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.9" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option name="properties"/>
       <Option value="collection" type="QString" name="type"/>
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
 <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
  <activeChecks type="StringList">
   <Option value="" type="QString"/>
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
  <field configurationFlags="None" name="tile_id">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="class_label">
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
  <field configurationFlags="None" name="prob_standing_forest">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="prob_recently_cleared">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="prob_long_term_non_forest">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="status">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="valid_fraction">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="cloud_fraction">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="image_date">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="image_id">
   <editWidget type="">
    <config>
     <Option/>
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias index="0" name="" field="fid"/>
  <alias index="1" name="" field="tile_id"/>
  <alias index="2" name="" field="class_label"/>
  <alias index="3" name="" field="confidence"/>
  <alias index="4" name="" field="prob_standing_forest"/>
  <alias index="5" name="" field="prob_recently_cleared"/>
  <alias index="6" name="" field="prob_long_term_non_forest"/>
  <alias index="7" name="" field="status"/>
  <alias index="8" name="" field="valid_fraction"/>
  <alias index="9" name="" field="cloud_fraction"/>
  <alias index="10" name="" field="image_date"/>
  <alias index="11" name="" field="image_id"/>
 </aliases>
 <defaults>
  <default field="fid" applyOnUpdate="0" expression=""/>
  <default field="tile_id" applyOnUpdate="0" expression=""/>
  <default field="class_label" applyOnUpdate="0" expression=""/>
  <default field="confidence" applyOnUpdate="0" expression=""/>
  <default field="prob_standing_forest" applyOnUpdate="0" expression=""/>
  <default field="prob_recently_cleared" applyOnUpdate="0" expression=""/>
  <default field="prob_long_term_non_forest" applyOnUpdate="0" expression=""/>
  <default field="status" applyOnUpdate="0" expression=""/>
  <default field="valid_fraction" applyOnUpdate="0" expression=""/>
  <default field="cloud_fraction" applyOnUpdate="0" expression=""/>
  <default field="image_date" applyOnUpdate="0" expression=""/>
  <default field="image_id" applyOnUpdate="0" expression=""/>
 </defaults>
 <constraints>
  <constraint exp_strength="0" constraints="3" unique_strength="1" notnull_strength="1" field="fid"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="tile_id"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="class_label"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="confidence"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="prob_standing_forest"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="prob_recently_cleared"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="prob_long_term_non_forest"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="status"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="valid_fraction"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="cloud_fraction"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="image_date"/>
  <constraint exp_strength="0" constraints="0" unique_strength="0" notnull_strength="0" field="image_id"/>
 </constraints>
 <constraintExpressions>
  <constraint exp="" desc="" field="fid"/>
  <constraint exp="" desc="" field="tile_id"/>
  <constraint exp="" desc="" field="class_label"/>
  <constraint exp="" desc="" field="confidence"/>
  <constraint exp="" desc="" field="prob_standing_forest"/>
  <constraint exp="" desc="" field="prob_recently_cleared"/>
  <constraint exp="" desc="" field="prob_long_term_non_forest"/>
  <constraint exp="" desc="" field="status"/>
  <constraint exp="" desc="" field="valid_fraction"/>
  <constraint exp="" desc="" field="cloud_fraction"/>
  <constraint exp="" desc="" field="image_date"/>
  <constraint exp="" desc="" field="image_id"/>
 </constraintExpressions>
 <expressionfields/>
 <attributeactions/>
 <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
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
