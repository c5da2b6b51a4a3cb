<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>AlertView</name>
    <message>
      <location filename="../ui/alert_view.py" line="55" />
      <source>Change</source>
      <translation>Perubahan</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="56" />
      <source>P(recently cleared) after</source>
      <translation>P(baru dibuka) sesudah</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="57" />
      <source>Patch</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="58" />
      <source>Clearing</source>
      <translation>Pembukaan lahan</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="59" />
      <source>Review</source>
      <translation>Tinjauan</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="63" />
      <source>Alert report (PDF)...</source>
      <translation>Laporan peringatan (PDF)...</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="64" />
      <source>Make the PDF report of this compare output: a summary page and a page per alert patch, with the review decisions.</source>
      <translation>Buat laporan PDF dari keluaran perbandingan ini: satu halaman ringkasan dan satu halaman per area peringatan, dengan keputusan tinjauan.</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="124" />
      <source>not compared (one date)</source>
      <translation>tidak dibandingkan (satu tanggal)</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>Before</source>
      <translation>Sebelum</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="128" />
      <source>After</source>
      <translation>Sesudah</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="135" />
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="137" />
      <source>{}: tile {} of {}</source>
      <translation>{}: petak {} dari {}</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>{}, {} ha cleared</source>
      <translation>{}, {} ha dibuka</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="145" />
      <source>no tier</source>
      <translation>tanpa tingkat</translation>
    </message>
    <message>
      <location filename="../ui/alert_view.py" line="146" />
      <source>not delineated</source>
      <translation>tidak dibatasi</translation>
    </message>
  </context>
  <context>
    <name>AreaPicker</name>
    <message>
      <location filename="../ui/area_picker.py" line="52" />
      <source>The map view</source>
      <translation>Tampilan peta</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="53" />
      <source>A rectangle drawn on the map</source>
      <translation>Persegi panjang yang digambar di peta</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="54" />
      <source>A polygon layer</source>
      <translation>Lapisan poligon</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="56" />
      <source>Draw on the map...</source>
      <translation>Gambar di peta...</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="64" />
      <source>Selected features only</source>
      <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="106" />
      <source>Draw a rectangle on the map first (Draw on the map...).</source>
      <translation>Gambar dulu persegi panjang di peta (Gambar di peta...).</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="108" />
      <source>Add a polygon layer to the project, or choose another area.</source>
      <translation>Tambahkan lapisan poligon ke proyek, atau pilih area lain.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="109" />
      <source>Select features of '{}', or untick 'Selected features only'.</source>
      <translation>Pilih fitur dari '{}', atau hapus centang 'Hanya fitur terpilih'.</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="116" />
      <source>the rectangle drawn</source>
      <translation>persegi panjang yang digambar</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="119" />
      <source>the selected features of '{}'</source>
      <translation>fitur terpilih dari '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="120" />
      <source>the features of '{}'</source>
      <translation>fitur-fitur '{}'</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="121" />
      <source>the map view</source>
      <translation>tampilan peta</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="143" />
      <source>Deforestation Classifier</source>
      <translation>Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/area_picker.py" line="144" />
      <source>Drag a rectangle on the map: the area to work on. Esc or another tool cancels.</source>
      <translation>Seret persegi panjang di peta: area kerja. Esc atau alat lain membatalkan.</translation>
    </message>
  </context>
  <context>
    <name>ChipPanel</name>
    <message>
      <location filename="../ui/chip_panel.py" line="92" />
      <source>The 100 x 100 px chip the model saw (R = NIR B08, G = Red B04, B = Green B03), shown at {} x {} px.</source>
      <translation>Cuplikan 100 x 100 px yang dilihat model (R = NIR B08, G = Merah B04, B = Hijau B03), ditampilkan pada {} x {} px.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="106" />
      <source>Folder of the chips (&lt;tile_id&gt;.png)</source>
      <translation>Folder cuplikan (&lt;tile_id&gt;.png)</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="107" />
      <source>The chips folder (CHIPS_FOLDER) of the classification{}, remembered for this layer. Tiles without a chip file there are rendered again from the source raster.</source>
      <translation>Folder cuplikan (CHIPS_FOLDER) dari klasifikasi{}, diingat untuk lapisan ini. Petak tanpa berkas cuplikan di sana dirender ulang dari raster sumber.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="115" />
      <source>The Sentinel-2 raster the classification{} was made from: chips missing from the chips folder are rendered from it exactly as the classifier did.</source>
      <translation>Raster Sentinel-2 asal klasifikasi{}: cuplikan yang tidak ada di folder cuplikan dirender darinya persis seperti yang dilakukan pengklasifikasi.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="127" />
      <source>Chips folder</source>
      <translation>Folder cuplikan</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="128" />
      <source>Source raster</source>
      <translation>Raster sumber</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="132" />
      <source> of the {}</source>
      <translation> dari {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="174" />
      <source>{} is not a readable image.</source>
      <translation>{} bukan citra yang dapat dibaca.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="177" />
      <source>Chip file {}, as the model saw it.</source>
      <translation>Berkas cuplikan {}, seperti yang dilihat model.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="189" />
      <source>no chip</source>
      <translation>tidak ada cuplikan</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="210" />
      <source>The chip could not be rendered from {}: {}</source>
      <translation>Cuplikan tidak dapat dirender dari {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="212" />
      <source>no chip file in the chips folder</source>
      <translation>tidak ada berkas cuplikan di folder cuplikan</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="213" />
      <source>no chips folder</source>
      <translation>tidak ada folder cuplikan</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="214" />
      <source>Rendered from the source raster {} ({}).</source>
      <translation>Dirender dari raster sumber {} ({}).</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="221" />
      <source>No chip file: choose the chips folder or the source raster{} under 'Chip source and reviewer'.</source>
      <translation>Tidak ada berkas cuplikan: pilih folder cuplikan atau raster sumber{} di bawah 'Sumber cuplikan dan peninjau'.</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="238" />
      <source>The source raster cannot be used: {}</source>
      <translation>Raster sumber tidak dapat digunakan: {}</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="264" />
      <source>Using {} (not a layer of the project).</source>
      <translation>Menggunakan {} (bukan lapisan proyek).</translation>
    </message>
  </context>
  <context>
    <name>ClearingsDialog</name>
    <message>
      <location filename="../ui/clearings_dialog.py" line="46" />
      <source>Find new clearings</source>
      <translation>Cari pembukaan lahan baru</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="50" />
      <source>Fetches Sentinel-2 L2A of both date windows over the area (each 1 km tile from its clearest acquisition), classifies both, compares them and opens the review on the alerts. Every output is written into the project folder below.</source>
      <translation>Mengambil Sentinel-2 L2A dari kedua jendela tanggal di atas area (setiap petak 1 km dari akuisisinya yang paling cerah), mengklasifikasi keduanya, membandingkannya, dan membuka tinjauan pada peringatan. Semua keluaran ditulis ke folder proyek di bawah.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="57" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="59" />
      <source>Before: from / to</source>
      <translation>Sebelum: dari / sampai</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="61" />
      <source>After: from / to</source>
      <translation>Sesudah: dari / sampai</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="66" />
      <source>Maximum scene cloud</source>
      <translation>Tutupan awan citra maksimum</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="69" />
      <source>Project folder name</source>
      <translation>Nama folder proyek</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="76" />
      <source>Count tiles with imagery</source>
      <translation>Hitung petak yang memiliki citra</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="88" />
      <source>Fetch and compare</source>
      <translation>Ambil dan bandingkan</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="114" />
      <source>Outputs: {}</source>
      <translation>Keluaran: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="126" />
      <source>{} tiles of 1 km in the area; classifying both dates takes at most {}. Count the tiles with imagery to know more.</source>
      <translation>{} petak 1 km di area ini; mengklasifikasi kedua tanggal memakan waktu paling lama {}. Hitung petak yang memiliki citra untuk tahu lebih lanjut.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="141" />
      <source>The imagery cannot be counted: {}</source>
      <translation>Citra tidak dapat dihitung: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="143" />
      <source>{} of the area's {} tiles of 1 km have imagery on both dates; classifying them takes about {}.</source>
      <translation>{} dari {} petak 1 km di area ini memiliki citra pada kedua tanggal; mengklasifikasinya memakan waktu sekitar {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="156" />
      <source>Before</source>
      <translation>Sebelum</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="157" />
      <source>After</source>
      <translation>Sesudah</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="159" />
      <source>{}: 'from' {} is after 'to' {}.</source>
      <translation>{}: 'dari' {} setelah 'sampai' {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_dialog.py" line="163" />
      <source>The Before window must end before the After window starts.</source>
      <translation>Jendela Sebelum harus berakhir sebelum jendela Sesudah dimulai.</translation>
    </message>
  </context>
  <context>
    <name>ClearingsFlow</name>
    <message>
      <location filename="../ui/clearings_flow.py" line="80" />
      <source>Cannot create the project folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Tidak dapat membuat folder proyek {}: {}. Pilih folder keluaran lain di pengaturan plugin.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="90" />
      <source>Finding new clearings over {} into {}</source>
      <translation>Mencari pembukaan lahan baru di {} ke {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="103" />
      <location filename="../ui/clearings_flow.py" line="110" />
      <source>Before</source>
      <translation>Sebelum</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="103" />
      <location filename="../ui/clearings_flow.py" line="110" />
      <source>After</source>
      <translation>Sesudah</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="106" />
      <source>fetching Sentinel-2 of {} ({} to {})</source>
      <translation>mengambil Sentinel-2 untuk {} ({} sampai {})</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="112" />
      <source>classifying {}</source>
      <translation>mengklasifikasi {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="116" />
      <source>comparing the two dates</source>
      <translation>membandingkan kedua tanggal</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="134" />
      <source>Kept {} from the earlier run.</source>
      <translation>{} dari proses sebelumnya dipertahankan.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="138" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>Algoritme {} tidak terdaftar. Aktifkan lagi plugin di Plugin &gt; Kelola dan Pasang Plugin.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="142" />
      <source>Find new clearings: {}</source>
      <translation>Cari pembukaan lahan baru: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="154" />
      <source>Find new clearings '{}': step {} of 5, {} ({} %). Cancel is in the status bar.</source>
      <translation>Cari pembukaan lahan baru '{}': langkah {} dari 5, {} ({} %). Tombol Batal ada di bilah status.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="183" />
      <source>Cancelled while {}.</source>
      <translation>Dibatalkan saat {}.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="185" />
      <source>see the Processing log</source>
      <translation>lihat log Processing</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="186" />
      <source>Stopped while {}: {}</source>
      <translation>Berhenti saat {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="192" />
      <source>Resume</source>
      <translation>Lanjutkan</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="196" />
      <source>{} Resume continues in {}: what is written is kept.</source>
      <translation>{} Lanjutkan meneruskan di {}: yang sudah ditulis dipertahankan.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="208" />
      <source>Find new clearings '{}': {} alert tiles. Every output is in {}; the review is open on the alerts.</source>
      <translation>Cari pembukaan lahan baru '{}': {} petak peringatan. Semua keluaran ada di {}; tinjauan dibuka pada peringatan.</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Alerts</source>
      <translation>Peringatan</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="226" />
      <source>Clearings</source>
      <translation>Pembukaan lahan</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>Alert patches</source>
      <translation>Area peringatan</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="227" />
      <source>After: tiles</source>
      <translation>Sesudah: petak</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>Before: tiles</source>
      <translation>Sebelum: petak</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="228" />
      <source>After: image</source>
      <translation>Sesudah: citra</translation>
    </message>
    <message>
      <location filename="../ui/clearings_flow.py" line="229" />
      <source>Before: image</source>
      <translation>Sebelum: citra</translation>
    </message>
  </context>
  <context>
    <name>DecisionBar</name>
    <message>
      <location filename="../ui/decision_bar.py" line="29" />
      <source>Confirm</source>
      <translation>Konfirmasi</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="30" />
      <location filename="../ui/decision_bar.py" line="129" />
      <source>Confirm the model's label</source>
      <translation>Konfirmasi label model</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="33" />
      <source>Correct to:</source>
      <translation>Koreksi menjadi:</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Forest</source>
      <translation>Hutan</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="36" />
      <source>Cleared</source>
      <translation>Dibuka</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="37" />
      <source>Non-forest</source>
      <translation>Bukan hutan</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="41" />
      <source>Correct the label to {}</source>
      <translation>Koreksi label menjadi {}</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="47" />
      <source>Unclear</source>
      <translation>Tidak jelas</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="48" />
      <source>Mark the tile as unclear: cannot tell from the imagery</source>
      <translation>Tandai petak sebagai tidak jelas: tidak dapat ditentukan dari citra</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="53" />
      <location filename="../ui/decision_bar.py" line="123" />
      <source>Comment ({}; Enter saves)</source>
      <translation>Komentar ({}; Enter menyimpan)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="55" />
      <source>A comment on this tile ({}). Saved with the next decision, on Enter, or when you move to another tile. Esc returns to the review keys.</source>
      <translation>Komentar untuk petak ini ({}). Disimpan bersama keputusan berikutnya, dengan Enter, atau saat Anda pindah ke petak lain. Esc kembali ke tombol tinjauan.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="61" />
      <source>Previous</source>
      <translation>Sebelumnya</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="62" />
      <source>Previous tile</source>
      <translation>Petak sebelumnya</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next</source>
      <translation>Berikutnya</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="63" />
      <source>Next tile</source>
      <translation>Petak berikutnya</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="70" />
      <source>On the map, a tile's fill is its class: the reviewed label once reviewed, else the model's. Its outline tells the review: {}; thin grey = not reviewed yet.</source>
      <translation>Di peta, isian petak adalah kelasnya: label tinjauan setelah ditinjau, jika belum label model. Garis tepinya menunjukkan tinjauan: {}; abu-abu tipis = belum ditinjau.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="81" />
      <source>Reason:</source>
      <translation>Alasan:</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="84" />
      <source>(none given)</source>
      <translation>(tidak diberikan)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="87" />
      <source>Why the model is wrong or the tile unclear: chosen before a correction (or with its key), saved with it; on a tile already corrected it is saved at once.</source>
      <translation>Mengapa model salah atau petak tidak jelas: dipilih sebelum koreksi (atau dengan tombolnya), disimpan bersamanya; pada petak yang sudah dikoreksi langsung disimpan.</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="96" />
      <source>Agree</source>
      <translation>Setuju</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="97" />
      <source>The decision is right</source>
      <translation>Keputusannya benar</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="98" />
      <source>Disagree</source>
      <translation>Tidak setuju</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="99" />
      <source>The decision is wrong (say why in the comment)</source>
      <translation>Keputusannya salah (jelaskan alasannya di komentar)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="122" />
      <source>Audit note ({}; Enter saves)</source>
      <translation>Catatan audit ({}; Enter menyimpan)</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="128" />
      <source>The alert is real: confirm the later date's label</source>
      <translation>Peringatan ini nyata: konfirmasi label tanggal sesudah</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="143" />
      <source>Confirm  [{}]</source>
      <translation>Konfirmasi  [{}]</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="146" />
      <source>Confirm alert: {}  [{}]</source>
      <translation>Konfirmasi peringatan: {}  [{}]</translation>
    </message>
    <message>
      <location filename="../ui/decision_bar.py" line="147" />
      <source>Confirm: {}  [{}]</source>
      <translation>Konfirmasi: {}  [{}]</translation>
    </message>
  </context>
  <context>
    <name>DeforestationClassifierPlugin</name>
    <message>
      <location filename="../plugin.py" line="57" />
      <location filename="../plugin.py" line="74" />
      <source>Deforestation Classifier</source>
      <translation>Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Klasifikasikan deforestasi (petak 1 km)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>Classify deforestation in 1 km tiles
Classifies the active Sentinel-2 raster layer within the current map view into 1 km tiles: standing forest, recently cleared, long-term non-forest.</source>
      <translation>Klasifikasikan deforestasi dalam petak 1 km
Mengklasifikasi lapisan raster Sentinel-2 aktif di dalam tampilan peta saat ini menjadi petak 1 km: hutan berdiri, baru dibuka, bukan hutan jangka panjang.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles</source>
      <translation>Tinjau petak deforestasi</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="89" />
      <source>Review deforestation tiles
Opens the review panel on the active classification layer: confirm or correct each tile's label, starting with the likeliest recent clearings. On a comparison of two dates: its alerts, patch by patch, before and after side by side.</source>
      <translation>Tinjau petak deforestasi
Membuka panel tinjauan pada lapisan klasifikasi aktif: konfirmasi atau koreksi label setiap petak, dimulai dari pembukaan lahan baru yang paling mungkin. Pada perbandingan dua tanggal: peringatannya, area demi area, sebelum dan sesudah berdampingan.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it</source>
      <translation>Tampilkan raster seperti yang dilihat model</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="99" />
      <source>Show raster as the model sees it
Styles the active Sentinel-2 raster in false colour: red = B08 (near infrared), green = B04, blue = B03, each from DN 0 to 3000, as the model's chips.</source>
      <translation>Tampilkan raster seperti yang dilihat model
Memberi gaya raster Sentinel-2 aktif dalam warna semu: merah = B08 (inframerah dekat), hijau = B04, biru = B03, masing-masing dari DN 0 sampai 3000, seperti cuplikan model.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Klasifikasikan area ini dari Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>Classify this area from Sentinel-2
Fetches the least cloudy Sentinel-2 L2A acquisition of the map view from Earth Search (the model's training source), adds it styled as the model sees it and classifies it.</source>
      <translation>Klasifikasikan area ini dari Sentinel-2
Mengambil akuisisi Sentinel-2 L2A yang paling sedikit awannya untuk tampilan peta dari Earth Search (sumber pelatihan model), menambahkannya dengan gaya seperti yang dilihat model, lalu mengklasifikasinya.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings</source>
      <translation>Cari pembukaan lahan baru</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="121" />
      <source>Find new clearings
Fetches Sentinel-2 of two date windows over an area (the map view, a rectangle drawn or a polygon layer), classifies both, compares them and opens the review on the alerts. Every output is written into a named project folder.</source>
      <translation>Cari pembukaan lahan baru
Mengambil Sentinel-2 dari dua jendela tanggal di atas suatu area (tampilan peta, persegi panjang yang digambar, atau lapisan poligon), mengklasifikasi keduanya, membandingkannya, dan membuka tinjauan pada peringatan. Semua keluaran ditulis ke folder proyek yang diberi nama.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="135" />
      <source>Settings...</source>
      <translation>Pengaturan...</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="137" />
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
  </context>
  <context>
    <name>DeforestationDiagnostics</name>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="27" />
      <source>Copy diagnostics</source>
      <translation>Salin diagnostik</translation>
    </message>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="29" />
      <source>Copies a report to paste when something goes wrong: versions, backend and devices, model files with their SHA-256, settings and the last run's log. Your home folder and user name are replaced and API keys are left out.</source>
      <translation>Menyalin laporan untuk ditempel saat ada masalah: versi, backend dan perangkat, berkas model dengan SHA-256-nya, pengaturan, dan log proses terakhir. Folder rumah dan nama pengguna Anda diganti, dan kunci API tidak disertakan.</translation>
    </message>
    <message>
      <location filename="../ui/diagnostics_copy.py" line="36" />
      <source>Diagnostics copied</source>
      <translation>Diagnostik disalin</translation>
    </message>
  </context>
  <context>
    <name>DeforestationProvider</name>
    <message>
      <location filename="../processing_provider/provider.py" line="24" />
      <source>Deforestation Classifier</source>
      <translation>Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="27" />
      <source>Deforestation Classifier (Sentinel-2, LFM2.5-VL)</source>
      <translation>Pengklasifikasi Deforestasi (Sentinel-2, LFM2.5-VL)</translation>
    </message>
  </context>
  <context>
    <name>DeforestationSettingsPage</name>
    <message>
      <location filename="../ui/settings_page.py" line="62" />
      <source>Deforestation Classifier</source>
      <translation>Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="89" />
      <location filename="../ui/settings_page.py" line="96" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="93" />
      <source>Model card: {} (downloaded on first use)</source>
      <translation>Kartu model: {} (diunduh saat pertama dipakai)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="95" />
      <source>Custom GGUF pair</source>
      <translation>Pasangan GGUF khusus</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="100" />
      <source>Model folder (download cache)</source>
      <translation>Folder model (cache unduhan)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="103" />
      <location filename="../ui/settings_page.py" line="107" />
      <source>GGUF files (*.gguf)</source>
      <translation>Berkas GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="104" />
      <source>Text model (GGUF)</source>
      <translation>Model teks (GGUF)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="108" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Proyektor visi (GGUF mmproj)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="110" />
      <source>Download the model card's files when they are missing (toolbar, Processing, qgis_process)</source>
      <translation>Unduh berkas kartu model bila tidak ada (bilah alat, Processing, qgis_process)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="119" />
      <source>Check files</source>
      <translation>Periksa berkas</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="122" />
      <source>Download model...</source>
      <translation>Unduh model...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="126" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="127" />
      <source>Licence of the model card's weights: {}</source>
      <translation>Lisensi bobot kartu model: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="135" />
      <source>Toolbar output folder</source>
      <translation>Folder keluaran bilah alat</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="142" />
      <source>Inference</source>
      <translation>Inferensi</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="146" />
      <source>Embedded llama.cpp (llama-cpp-python, in QGIS)</source>
      <translation>llama.cpp tertanam (llama-cpp-python, di QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="148" />
      <source>OpenAI-compatible server (llama-server, ...)</source>
      <translation>Server yang kompatibel dengan OpenAI (llama-server, ...)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="149" />
      <source>Local llama-server started by the plugin (GPU, no compiler)</source>
      <translation>llama-server lokal yang dijalankan plugin (GPU, tanpa kompiler)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="151" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="154" />
      <source>The llama-server executable of a llama.cpp release (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon). Empty: llama-server on PATH.</source>
      <translation>Berkas eksekusi llama-server dari rilis llama.cpp (Vulkan untuk GPU AMD/Intel, CUDA untuk NVIDIA, Metal di Apple silicon). Kosong: llama-server di PATH.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="158" />
      <source>llama-server executable</source>
      <translation>Berkas eksekusi llama-server</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="166" />
      <source>Server URL</source>
      <translation>URL server</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="171" />
      <source>API key (QGIS authentication)</source>
      <translation>Kunci API (autentikasi QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="175" />
      <source>automatic ({})</source>
      <translation>otomatis ({})</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="176" />
      <source>CPU threads</source>
      <translation>Thread CPU</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="180" />
      <location filename="../ui/settings_page.py" line="364" />
      <source>all</source>
      <translation>semua</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="181" />
      <source>Layers offloaded to the GPU: 0 = CPU only, -1 = all. Needs a GPU build of llama-cpp-python.</source>
      <translation>Lapisan yang di-offload ke GPU: 0 = hanya CPU, -1 = semua. Memerlukan build GPU dari llama-cpp-python.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="186" />
      <source>automatic (the faster of CPU and GPU, measured)</source>
      <translation>otomatis (yang lebih cepat antara CPU dan GPU, diukur)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="192" />
      <source>GPU offload (layers)</source>
      <translation>Offload GPU (lapisan)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="196" />
      <source>Device</source>
      <translation>Perangkat</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="200" />
      <source>Tiles sent to each server at the same time (a pool of several URLs: to each of them).</source>
      <translation>Petak yang dikirim ke setiap server sekaligus (kumpulan beberapa URL: ke masing-masing).</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="202" />
      <source>Requests in flight</source>
      <translation>Permintaan bersamaan</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="208" />
      <source>Sentinel-2 imagery</source>
      <translation>Citra Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="213" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="217" />
      <source>Collections (comma-separated)</source>
      <translation>Koleksi (dipisahkan koma)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="221" />
      <source>Dependencies</source>
      <translation>Dependensi</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="227" />
      <source>Install dependencies...</source>
      <translation>Pasang dependensi...</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="273" />
      <source>Environment variables override these settings now: {}</source>
      <translation>Variabel lingkungan kini menggantikan pengaturan ini: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="309" />
      <source>The custom model pair was saved but cannot be used: {}</source>
      <translation>Pasangan model khusus telah disimpan tetapi tidak dapat digunakan: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="334" />
      <source>{} Folder: {}</source>
      <translation>{} Folder: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="342" />
      <source>Not needed for the server backend.</source>
      <translation>Tidak diperlukan untuk backend server.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="347" />
      <source>llama-cpp-python {} is available.</source>
      <translation>llama-cpp-python {} tersedia.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="348" />
      <source>Missing: {}.</source>
      <translation>Tidak ada: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="376" />
      <source>CPU only (this llama.cpp build has no GPU backend)</source>
      <translation>Hanya CPU (build llama.cpp ini tidak memiliki backend GPU)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="378" />
      <source>CPU only (this llama.cpp build found no usable GPU device)</source>
      <translation>Hanya CPU (build llama.cpp ini tidak menemukan GPU yang dapat dipakai)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="380" />
      <source>CPU only (llama-cpp-python is not installed)</source>
      <translation>Hanya CPU (llama-cpp-python belum terpasang)</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="388" />
      <source>CPU: {}.</source>
      <translation>CPU: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="390" />
      <source>Last measurement: {}.</source>
      <translation>Pengukuran terakhir: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="392" />
      <source>Not measured yet: the first run with GPU offload automatic times a few chips on the CPU and on the GPU and keeps the faster.</source>
      <translation>Belum diukur: proses pertama dengan offload GPU otomatis mengukur waktu beberapa cuplikan di CPU dan di GPU lalu memakai yang lebih cepat.</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="402" />
      <source>Found: {}</source>
      <translation>Ditemukan: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_page.py" line="403" />
      <source>No llama-server found: download a llama.cpp release for this system and choose its llama-server here, or put it on PATH.</source>
      <translation>llama-server tidak ditemukan: unduh rilis llama.cpp untuk sistem ini dan pilih llama-server-nya di sini, atau taruh di PATH.</translation>
    </message>
  </context>
  <context>
    <name>DependenciesDialog</name>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="50" />
      <source>Installing llama-cpp-python for the Deforestation Classifier</source>
      <translation>Memasang llama-cpp-python untuk Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="75" />
      <source>Unexpected error: {}</source>
      <translation>Galat tak terduga: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="92" />
      <source>Deforestation Classifier: install dependencies</source>
      <translation>Pengklasifikasi Deforestasi: pasang dependensi</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="106" />
      <source>llama-cpp-python {} is installed ({}).</source>
      <translation>llama-cpp-python {} terpasang ({}).</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="108" />
      <source>&lt;b&gt;Missing:&lt;/b&gt; {reason}. The classifier runs the model with {pin}; it will be installed for this plugin only, into the folder below, without touching QGIS's own packages.</source>
      <translation>&lt;b&gt;Tidak ada:&lt;/b&gt; {reason}. Pengklasifikasi menjalankan model dengan {pin}; paket ini akan dipasang hanya untuk plugin ini, ke folder di bawah, tanpa menyentuh paket milik QGIS sendiri.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="126" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="130" />
      <source>Detected: {}. Proposed: {}.</source>
      <translation>Terdeteksi: {}. Diusulkan: {}.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="135" />
      <source>Prebuilt wheel index</source>
      <translation>Indeks wheel siap pakai</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="142" />
      <source>unavailable: {}</source>
      <translation>tidak tersedia: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="143" />
      <source>Install into</source>
      <translation>Pasang ke</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="156" />
      <source>Install</source>
      <translation>Pasang</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="161" />
      <source>Install from an offline bundle...</source>
      <translation>Pasang dari bundel luring...</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="163" />
      <source>A folder written by `make offline-bundle` (a USB stick): installs its wheels for this system with no network and copies its model files into the model folder.</source>
      <translation>Folder yang ditulis oleh `make offline-bundle` (flash disk USB): memasang wheel-nya untuk sistem ini tanpa jaringan dan menyalin berkas modelnya ke folder model.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="181" />
      <source>none (source build)</source>
      <translation>tidak ada (build dari sumber)</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="182" />
      <source>default: {}</source>
      <translation>bawaan: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="215" />
      <source>Installing... a source build can take several minutes.</source>
      <translation>Memasang... build dari sumber dapat memakan waktu beberapa menit.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="221" />
      <source>Offline bundle folder</source>
      <translation>Folder bundel luring</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="243" />
      <source>Installed ({}). The classifier can run now.</source>
      <translation>Terpasang ({}). Pengklasifikasi kini dapat dijalankan.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="245" />
      <source>llama-cpp-python installed: {}</source>
      <translation>llama-cpp-python terpasang: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="252" />
      <source>cancelled</source>
      <translation>dibatalkan</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="253" />
      <source>Installation failed: {}</source>
      <translation>Pemasangan gagal: {}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="255" />
      <source>Installing llama-cpp-python failed: {}
{}</source>
      <translation>Pemasangan llama-cpp-python gagal: {}
{}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="271" />
      <source>{}. The classifier cannot run until it is installed.</source>
      <translation>{}. Pengklasifikasi tidak dapat berjalan sebelum ini terpasang.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies_dialog.py" line="319" />
      <source>Install dependencies...</source>
      <translation>Pasang dependensi...</translation>
    </message>
  </context>
  <context>
    <name>DialogWords</name>
    <message>
      <location filename="../ui/dialog_words.py" line="16" />
      <source>the STAC API setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>pengaturan API STAC (Pengaturan &gt; Opsi &gt; Pengklasifikasi Deforestasi)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="18" />
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="19" />
      <source>To</source>
      <translation>Sampai</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="20" />
      <source>Maximum scene cloud</source>
      <translation>Tutupan awan citra maksimum</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="22" />
      <source>the collections setting (Settings &gt; Options &gt; Deforestation Classifier)</source>
      <translation>pengaturan koleksi (Pengaturan &gt; Opsi &gt; Pengklasifikasi Deforestasi)</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="24" />
      <source>the area</source>
      <translation>area tersebut</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="25" />
      <source>tile by tile</source>
      <translation>petak demi petak</translation>
    </message>
    <message>
      <location filename="../ui/dialog_words.py" line="26" />
      <source>the tile limit</source>
      <translation>batas jumlah petak</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaDialog</name>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="29" />
      <source>Classify this area from Sentinel-2</source>
      <translation>Klasifikasikan area ini dari Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="32" />
      <source>The area is classified from Sentinel-2 L2A of the dates below (Earth Search, the model's training source), each 1 km tile from the acquisition clearest over it, streamed: only the area's pixels are read. The maximum scene cloud applies when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE off).</source>
      <translation>Area diklasifikasi dari Sentinel-2 L2A pada tanggal di bawah (Earth Search, sumber pelatihan model), setiap petak 1 km dari akuisisi yang paling cerah di atasnya, dialirkan: hanya piksel area yang dibaca. Tutupan awan citra maksimum berlaku bila satu akuisisi diambil untuk seluruh area (fetch_sentinel2 dengan PER_TILE mati).</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="43" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="53" />
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="54" />
      <source>To</source>
      <translation>Sampai</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_dialog.py" line="55" />
      <source>Maximum scene cloud</source>
      <translation>Tutupan awan citra maksimum</translation>
    </message>
  </context>
  <context>
    <name>FetchAreaFlow</name>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="49" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>Algoritme {} tidak terdaftar. Aktifkan lagi plugin di Plugin &gt; Kelola dan Pasang Plugin.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="67" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Tidak dapat membuat folder keluaran {}: {}. Pilih folder keluaran lain di pengaturan plugin.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="83" />
      <source>Deforestation Classifier: fetching Sentinel-2</source>
      <translation>Pengklasifikasi Deforestasi: mengambil Sentinel-2</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="89" />
      <source>Fetching Sentinel-2 L2A {} to {} over {} into {}</source>
      <translation>Mengambil Sentinel-2 L2A {} sampai {} di {} ke {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="92" />
      <source>Searching Sentinel-2 L2A from {} to {} (at most {} % cloud); cancel in the status bar.</source>
      <translation>Mencari Sentinel-2 L2A dari {} sampai {} (awan paling banyak {} %); batalkan di bilah status.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="108" />
      <source>Sentinel-2 fetch cancelled.</source>
      <translation>Pengambilan Sentinel-2 dibatalkan.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="110" />
      <source>The Sentinel-2 fetch failed; see the Processing log.</source>
      <translation>Pengambilan Sentinel-2 gagal; lihat log Processing.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="117" />
      <source>Sentinel-2 {}</source>
      <translation>Sentinel-2 {}</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="119" />
      <source>The fetched scene {} cannot be opened.</source>
      <translation>Citra yang diambil {} tidak dapat dibuka.</translation>
    </message>
    <message>
      <location filename="../ui/fetch_area_flow.py" line="129" />
      <source>Fetched {} ({})</source>
      <translation>Diambil {} ({})</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <location filename="../ui/model_download.py" line="56" />
      <source>Downloading the deforestation model</source>
      <translation>Mengunduh model deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="75" />
      <source>Unexpected error during the download: {}</source>
      <translation>Galat tak terduga saat mengunduh: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="99" />
      <source>Deforestation Classifier: download the model</source>
      <translation>Pengklasifikasi Deforestasi: unduh model</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="111" />
      <source>&lt;p&gt;The classifier needs the model's two GGUF files, which are not on this computer yet:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; from &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), into &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence} By downloading you accept its terms.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Pengklasifikasi memerlukan dua berkas GGUF model, yang belum ada di komputer ini:&lt;/p&gt;&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Total: &lt;b&gt;{total:.1f} MB&lt;/b&gt; dari &lt;a href='{card}'&gt;{repo}&lt;/a&gt; ({endpoint}), ke &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lisensi:&lt;/b&gt; {licence} Dengan mengunduh, Anda menerima ketentuannya.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="133" />
      <source>Download</source>
      <translation>Unduh</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="136" />
      <source>Use files already on this computer...</source>
      <translation>Gunakan berkas yang sudah ada di komputer ini...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="138" />
      <source>Choose the text model GGUF and its mmproj vision projector (downloaded another way, or copied from another computer); they are checked, then used.</source>
      <translation>Pilih GGUF model teks dan proyektor visi mmproj-nya (diunduh dengan cara lain, atau disalin dari komputer lain); keduanya diperiksa, lalu digunakan.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="142" />
      <source>Use an offline bundle...</source>
      <translation>Gunakan bundel luring...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="144" />
      <source>A folder written by `make offline-bundle` (on a USB stick, for instance): its model files are checked against the SHA-256 in its bundle.json and copied into the model folder. No network is needed.</source>
      <translation>Folder yang ditulis oleh `make offline-bundle` (misalnya di flashdisk USB): berkas modelnya diperiksa terhadap SHA-256 di bundle.json-nya, lalu disalin ke folder model. Tidak perlu jaringan.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="157" />
      <source>{} is set (offline mode): downloads are disabled. Unset it, use files already on this computer, or use an offline bundle written by `make offline-bundle`.</source>
      <translation>{} diatur (mode luring): unduhan dinonaktifkan. Hapus pengaturannya, gunakan berkas yang sudah ada di komputer ini, atau gunakan bundel luring yang ditulis oleh `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="178" />
      <source>Downloading... (resumes where it stopped if interrupted)</source>
      <translation>Mengunduh... (dilanjutkan dari titik berhentinya jika terputus)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="196" />
      <source>The text model (GGUF), e.g. {}</source>
      <translation>Model teks (GGUF), mis. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="197" />
      <location filename="../ui/model_download.py" line="202" />
      <source>GGUF model (*.gguf)</source>
      <translation>Model GGUF (*.gguf)</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="201" />
      <source>Its vision projector (mmproj GGUF), e.g. {}</source>
      <translation>Proyektor visinya (GGUF mmproj), mis. {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="212" />
      <source>These files cannot be used: {}</source>
      <translation>Berkas-berkas ini tidak dapat digunakan: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="217" />
      <source>Model files on this computer used: {} and {}</source>
      <translation>Berkas model di komputer ini yang digunakan: {} dan {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="230" />
      <source>Offline bundle folder</source>
      <translation>Folder bundel luring</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="239" />
      <source>Checking and copying the model files of the offline bundle...</source>
      <translation>Memeriksa dan menyalin berkas model dari bundel luring...</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="255" />
      <source>Copied from the offline bundle and verified.</source>
      <translation>Disalin dari bundel luring dan diverifikasi.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="256" />
      <source>Model files copied from the offline bundle {} into {} and verified</source>
      <translation>Berkas model disalin dari bundel luring {} ke {} dan diverifikasi</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="270" />
      <source>Cancelled. The model files copied whole are kept; none is left half copied.</source>
      <translation>Dibatalkan. Berkas model yang tersalin utuh tetap disimpan; tidak ada yang tertinggal setengah tersalin.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="273" />
      <source>The offline bundle cannot be used: {}</source>
      <translation>Bundel luring tidak dapat digunakan: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="283" />
      <source>Downloaded and verified.</source>
      <translation>Diunduh dan diverifikasi.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="284" />
      <source>Model files downloaded and verified in {}</source>
      <translation>Berkas model diunduh dan diverifikasi di {}</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="292" />
      <source>Try again</source>
      <translation>Coba lagi</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="294" />
      <source>Cancelled. What was already downloaded is kept (the next download resumes there); nothing is kept when nothing came.</source>
      <translation>Dibatalkan. Yang sudah diunduh dipertahankan (unduhan berikutnya dilanjutkan dari sana); tidak ada yang disimpan bila belum ada yang masuk.</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="297" />
      <source>unknown error</source>
      <translation>galat tidak dikenal</translation>
    </message>
    <message>
      <location filename="../ui/model_download.py" line="298" />
      <source>Download failed: {}</source>
      <translation>Unduhan gagal: {}</translation>
    </message>
    <message>
      <source>{} is set (offline mode): downloads are disabled. Unset it, or use files already on this computer.</source>
      <translation type="vanished">{} diatur (mode luring): unduhan dinonaktifkan. Hapus pengaturannya, atau gunakan berkas yang sudah ada di komputer ini.</translation>
    </message>
  </context>
  <context>
    <name>QueueFilterBar</name>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="40" />
      <source>Queue</source>
      <translation>Antrean</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Recently cleared</source>
      <translation>Baru dibuka</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="42" />
      <source>Standing forest</source>
      <translation>Hutan berdiri</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>Long-term non-forest</source>
      <translation>Bukan hutan jangka panjang</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="43" />
      <source>All classes</source>
      <translation>Semua kelas</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="46" />
      <source>Which tiles to review: one class as the model labelled it, or all classified tiles. Ordered by that class's probability, highest first (tile order when the layer has no probabilities).</source>
      <translation>Petak yang akan ditinjau: satu kelas sesuai label model, atau semua petak terklasifikasi. Diurutkan menurut probabilitas kelas itu, tertinggi dulu (urutan petak bila lapisan tidak memiliki probabilitas).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="52" />
      <source>Only confidence below</source>
      <translation>Hanya keyakinan di bawah</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="82" />
      <source>Unavailable: this layer has no confidence values (the inference path gave labels only).</source>
      <translation>Tidak tersedia: lapisan ini tidak memiliki nilai keyakinan (jalur inferensi hanya memberi label).</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="85" />
      <source>Low-confidence filter unavailable: the layer has no confidence values.</source>
      <translation>Filter keyakinan rendah tidak tersedia: lapisan tidak memiliki nilai keyakinan.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="88" />
      <source>Only tiles whose confidence (the probability of the model's label) is below the threshold.</source>
      <translation>Hanya petak yang keyakinannya (probabilitas label model) di bawah ambang.</translation>
    </message>
    <message>
      <location filename="../ui/queue_filter_bar.py" line="92" />
      <source>No probabilities in this layer: tiles are in tile order.</source>
      <translation>Tidak ada probabilitas di lapisan ini: petak diurutkan menurut urutan petak.</translation>
    </message>
  </context>
  <context>
    <name>RelabelRun</name>
    <message>
      <location filename="../ui/relabel_run.py" line="50" />
      <source>{} exists and is not overwritten: choose another file.</source>
      <translation>{} sudah ada dan tidak ditimpa: pilih berkas lain.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="56" />
      <source>Cannot create the folder {}: {}</source>
      <translation>Tidak dapat membuat folder {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="61" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>Algoritme {} tidak terdaftar. Aktifkan lagi plugin di Plugin &gt; Kelola dan Pasang Plugin.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="69" />
      <source>Relabel {} at {:.2f}</source>
      <translation>Label ulang {} pada {:.2f}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="77" />
      <source>Relabelling '{}' at RC_THRESHOLD {:.2f} into {}</source>
      <translation>Melabel ulang '{}' pada RC_THRESHOLD {:.2f} ke {}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="119" />
      <source>The result {} could not be loaded.</source>
      <translation>Hasil {} tidak dapat dimuat.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="124" />
      <source>{} tiles newly RECENTLY_CLEARED ({} in all), {} labels changed. Layer '{}' added.</source>
      <translation>{} petak baru menjadi RECENTLY_CLEARED ({} seluruhnya), {} label berubah. Lapisan '{}' ditambahkan.</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="132" />
      <source>Relabelling failed. Processing log:
{}</source>
      <translation>Pelabelan ulang gagal. Log Processing:
{}</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="134" />
      <location filename="../ui/relabel_run.py" line="135" />
      <source>unknown error</source>
      <translation>galat tidak dikenal</translation>
    </message>
    <message>
      <location filename="../ui/relabel_run.py" line="136" />
      <source>Relabelling failed: {}</source>
      <translation>Pelabelan ulang gagal: {}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <location filename="../ui/review_dock.py" line="65" />
      <source>Review deforestation tiles</source>
      <translation>Tinjau petak deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="88" />
      <source>Layer: &lt;b&gt;{}&lt;/b&gt;</source>
      <translation>Lapisan: &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="94" />
      <source>'{}' is a temporary layer: decisions are lost when QGIS closes unless you save it.</source>
      <translation>'{}' adalah lapisan sementara: keputusan hilang saat QGIS ditutup kecuali Anda menyimpannya.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="98" />
      <source>'{}' is in QGIS's temporary Processing folder ({}), which QGIS deletes when it closes: review decisions saved there would be lost. Save the layer elsewhere first (right-click &gt; Export &gt; Save Features As...) and review the copy.</source>
      <translation>'{}' berada di folder Processing sementara QGIS ({}), yang dihapus QGIS saat ditutup: keputusan tinjauan yang disimpan di sana akan hilang. Simpan lapisan di tempat lain dulu (klik kanan &gt; Ekspor &gt; Simpan Fitur Sebagai...) dan tinjau salinannya.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="197" />
      <location filename="../ui/review_dock.py" line="407" />
      <source>No layer</source>
      <translation>Tidak ada lapisan</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="229" />
      <source>Queue: the alert tiles, patch by patch (the largest patch first), the most probable first within a patch.</source>
      <translation>Antrean: petak peringatan, area demi area (area terbesar dulu), yang paling mungkin dulu di dalam satu area.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="274" />
      <source>Audit mode: a second look at reviewed tiles</source>
      <translation>Mode audit: tinjauan kedua atas petak yang sudah ditinjau</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="282" />
      <source>Chip source and reviewer</source>
      <translation>Sumber cuplikan dan peninjau</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="296" />
      <source>Written to the reviewer field; remembered.</source>
      <translation>Ditulis ke bidang peninjau; diingat.</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="299" />
      <source>Reviewer</source>
      <translation>Peninjau</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="409" />
      <source>No tiles match the queue filter</source>
      <translation>Tidak ada petak yang cocok dengan filter antrean</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="412" />
      <source>Tile {} of {}</source>
      <translation>Petak {} dari {}</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="415" />
      <source>No tile</source>
      <translation>Tidak ada petak</translation>
    </message>
    <message>
      <location filename="../ui/review_dock.py" line="441" />
      <source>The reviewed layer was removed.</source>
      <translation>Lapisan yang ditinjau telah dihapus.</translation>
    </message>
  </context>
  <context>
    <name>TileDetails</name>
    <message>
      <location filename="../ui/tile_details.py" line="14" />
      <source>no class</source>
      <translation>tanpa kelas</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CONFIRMED</source>
      <translation>DIKONFIRMASI</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="23" />
      <source>CORRECTED</source>
      <translation>DIKOREKSI</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>UNCLEAR</source>
      <translation>TIDAK JELAS</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="24" />
      <source>CLASSIFIED</source>
      <translation>TERKLASIFIKASI</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>NO_DATA</source>
      <translation>TANPA DATA</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="25" />
      <source>INSUFFICIENT_DATA</source>
      <translation>DATA TIDAK CUKUP</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>CLOUDY</source>
      <translation>BERAWAN</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="26" />
      <source>ERROR</source>
      <translation>GALAT</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="34" />
      <source>not reviewed</source>
      <translation>belum ditinjau</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="38" />
      <source> as {}</source>
      <translation> sebagai {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="40" />
      <source> by {}</source>
      <translation> oleh {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="48" />
      <source>Audit: {}</source>
      <translation>Audit: {}</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="53" />
      <source>not computed</source>
      <translation>tidak dihitung</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="66" />
      <source>Model says</source>
      <translation>Kata model</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="67" />
      <source>Confidence</source>
      <translation>Keyakinan</translation>
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
      <translation>Tinjauan</translation>
    </message>
    <message>
      <location filename="../ui/tile_details.py" line="85" />
      <source>, {:.0%} valid data</source>
      <translation>, {:.0%} data valid</translation>
    </message>
  </context>
  <context>
    <name>ToolbarFlow</name>
    <message>
      <location filename="../ui/toolbar_flow.py" line="109" />
      <source>The algorithm {} is not registered. Re-enable the plugin in Plugins &gt; Manage and Install Plugins.</source>
      <translation>Algoritme {} tidak terdaftar. Aktifkan lagi plugin di Plugin &gt; Kelola dan Pasang Plugin.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="116" />
      <source>The area covers {} tiles of 1 km of '{}'. Classifying them takes {} (less with a GPU). Continue?</source>
      <translation>Area ini mencakup {} petak 1 km dari '{}'. Mengklasifikasinya memakan waktu {} (lebih singkat dengan GPU). Lanjutkan?</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="133" />
      <source>Cannot show the layer as the model sees it: {}</source>
      <translation>Tidak dapat menampilkan lapisan seperti yang dilihat model: {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="138" />
      <source>'{}' is shown as the model sees it: red = band {} (B08, near infrared), green = band {} (B04), blue = band {} (B03), each from DN 0 to 3000. Forest is red, bare soil and clearings green-blue to grey.</source>
      <translation>'{}' ditampilkan seperti yang dilihat model: merah = band {} (B08, inframerah dekat), hijau = band {} (B04), biru = band {} (B03), masing-masing dari DN 0 sampai 3000. Hutan berwarna merah, tanah terbuka dan pembukaan lahan hijau-biru hingga abu-abu.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="163" />
      <source>Deforestation Classifier</source>
      <translation>Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="184" />
      <source>Select a Sentinel-2 raster layer in the Layers panel, zoom to the area to classify and click the button again. With no raster, 'Classify this area from Sentinel-2' streams one for the map extent.</source>
      <translation>Pilih lapisan raster Sentinel-2 di panel Lapisan, perbesar ke area yang akan diklasifikasi, lalu klik tombol lagi. Tanpa raster, 'Klasifikasikan area ini dari Sentinel-2' mengalirkan satu raster untuk cakupan peta.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="192" />
      <source>The layer '{}' is a web or database raster; the classifier reads raster files (GeoTIFF, VRT, SENTINEL2 product). Select a Sentinel-2 raster file layer in the Layers panel and click again.</source>
      <translation>Lapisan '{}' adalah raster web atau basis data; pengklasifikasi membaca berkas raster (GeoTIFF, VRT, produk SENTINEL2). Pilih lapisan berkas raster Sentinel-2 di panel Lapisan lalu klik lagi.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="200" />
      <source>The map view does not show the layer '{}'. Zoom to the area to classify (only tiles inside the view are processed) and click again.</source>
      <translation>Tampilan peta tidak menampilkan lapisan '{}'. Perbesar ke area yang akan diklasifikasi (hanya petak di dalam tampilan yang diproses) lalu klik lagi.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="203" />
      <source>The area chosen does not overlap the layer '{}'. Choose an area over it and run again.</source>
      <translation>Area yang dipilih tidak beririsan dengan lapisan '{}'. Pilih area di atasnya dan jalankan lagi.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="232" />
      <source>Model file(s) not found: {}; the download dialog is open (about {:.0f} MB).</source>
      <translation>Berkas model tidak ditemukan: {}; dialog unduhan terbuka (sekitar {:.0f} MB).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="237" />
      <source>Model file(s) not found: {}. Put the model card's two GGUF files (text model and mmproj vision projector) there, or set their paths in the plugin settings, then click again.</source>
      <translation>Berkas model tidak ditemukan: {}. Taruh kedua berkas GGUF kartu model (model teks dan proyektor visi mmproj) di sana, atau atur jalurnya di pengaturan plugin, lalu klik lagi.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="251" />
      <source>Cannot create the output folder {}: {}. Choose another output folder in the plugin settings.</source>
      <translation>Tidak dapat membuat folder keluaran {}: {}. Pilih folder keluaran lain di pengaturan plugin.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="293" />
      <source>Deforestation Classifier: {}</source>
      <translation>Pengklasifikasi Deforestasi: {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="306" />
      <source>Classifying {} within {} into {}</source>
      <translation>Mengklasifikasi {} di dalam {} ke {}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the map view</source>
      <translation>tampilan peta</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="307" />
      <source>the area</source>
      <translation>area tersebut</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="311" />
      <source>Classifying '{}': {} tiles of 1 km, loading the model. Cancel is in the status bar (the task's progress).</source>
      <translation>Mengklasifikasi '{}': {} petak 1 km, memuat model. Tombol Batal ada di bilah status (kemajuan tugas).</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="330" />
      <source>Classifying '{}': {}. Cancel is in the status bar.</source>
      <translation>Mengklasifikasi '{}': {}. Tombol Batal ada di bilah status.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="376" />
      <source>{} tiles classified ({}). Layer '{}' added at the top of the Layers panel, in the group '{}'.</source>
      <translation>{} petak terklasifikasi ({}). Lapisan '{}' ditambahkan di atas panel Lapisan, dalam grup '{}'.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="389" />
      <source>Resume</source>
      <translation>Lanjutkan</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="394" />
      <source>Cancelled. {} tiles were done{}. Resume classifies the rest into the same file.</source>
      <translation>Dibatalkan. {} petak selesai{}. Lanjutkan mengklasifikasi sisanya ke berkas yang sama.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="396" />
      <source> and are shown</source>
      <translation> dan ditampilkan</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="403" />
      <source>The result {} could not be loaded.</source>
      <translation>Hasil {} tidak dapat dimuat.</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="417" />
      <source>Classification failed. Processing log:
{}</source>
      <translation>Klasifikasi gagal. Log Processing:
{}</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="419" />
      <source>unknown error</source>
      <translation>galat tidak dikenal</translation>
    </message>
    <message>
      <location filename="../ui/toolbar_flow.py" line="421" />
      <source>Classification failed: {} See the Log Messages panel (Deforestation Classifier and Processing tabs) for details.</source>
      <translation>Klasifikasi gagal: {} Lihat panel Pesan Log (tab Pengklasifikasi Deforestasi dan Processing) untuk rinciannya.</translation>
    </message>
  </context>
  <context>
    <name>TuneRecallPanel</name>
    <message>
      <location filename="../ui/tune_recall.py" line="34" />
      <source>Tune recall</source>
      <translation>Setel recall</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="46" />
      <source>A tile whose probability of RECENTLY_CLEARED reaches this value would be RECENTLY_CLEARED; the others take their most probable class. Lower it to miss fewer clearings, at the cost of more tiles to review.</source>
      <translation>Petak yang probabilitas RECENTLY_CLEARED-nya mencapai nilai ini akan menjadi RECENTLY_CLEARED; yang lain mengambil kelas yang paling mungkin. Turunkan agar lebih sedikit pembukaan lahan terlewat, dengan konsekuensi lebih banyak petak untuk ditinjau.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="51" />
      <source>RECENTLY_CLEARED from</source>
      <translation>RECENTLY_CLEARED dari</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="57" />
      <source>A tile becomes RECENTLY_CLEARED when its probability of RECENTLY_CLEARED reaches the threshold. Below it the tile keeps the model's label, and a tile the model labelled RECENTLY_CLEARED keeps it while RECENTLY_CLEARED is its most probable class. Lowering the threshold adds clearings; raising it only removes those a lower threshold added.</source>
      <translation>Petak menjadi RECENTLY_CLEARED bila probabilitas RECENTLY_CLEARED-nya mencapai ambang. Di bawahnya petak mempertahankan label model, dan petak yang dilabeli model RECENTLY_CLEARED mempertahankannya selama RECENTLY_CLEARED adalah kelasnya yang paling mungkin. Menurunkan ambang menambah pembukaan lahan; menaikkannya hanya menghapus yang ditambahkan oleh ambang yang lebih rendah.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="65" />
      <source>Above 0.5 the labels are the same as at 0.5: a tile whose probability of RECENTLY_CLEARED is above 0.5 always has it as its most probable class, so it stays RECENTLY_CLEARED. To check the model's own clearings, review them (the least confident first) instead.</source>
      <translation>Di atas 0,5 labelnya sama dengan pada 0,5: petak yang probabilitas RECENTLY_CLEARED-nya di atas 0,5 selalu menjadikannya kelas yang paling mungkin, sehingga tetap RECENTLY_CLEARED. Untuk memeriksa pembukaan lahan yang ditemukan model sendiri, tinjau saja petak-petak itu (yang keyakinannya paling rendah dulu).</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="73" />
      <source>Relabel into a new layer...</source>
      <translation>Label ulang ke lapisan baru...</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="74" />
      <source>Runs 'Relabel tiles for another RECENTLY_CLEARED threshold' into a new GeoPackage (next to this one unless you choose another file) and adds it to the project. This layer and its review decisions stay as they are; the copy keeps them.</source>
      <translation>Menjalankan 'Label ulang petak untuk ambang RECENTLY_CLEARED lain' ke GeoPackage baru (di sebelah berkas ini kecuali Anda memilih berkas lain) dan menambahkannya ke proyek. Lapisan ini dan keputusan tinjauannya tetap seperti semula; salinannya mempertahankannya.</translation>
    </message>
    <message>
      <location filename="../ui/tune_recall.py" line="120" />
      <source>Relabelled layer</source>
      <translation>Lapisan dilabel ulang</translation>
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
      <translation>Keputusan yang sudah dibuat di keluaran dipertahankan: {} petak ({} bukan lagi peringatan, ditandai {} di {}).</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="142" />
      <source>{} tiles hold a later decision from the input than the one the output had; the later one is kept: {}.</source>
      <translation>{} petak memiliki keputusan dari masukan yang lebih baru daripada milik keluaran; yang lebih baru dipertahankan: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/carry.py" line="146" />
      <source>{} tiles with a decision are not in the new output (their decision is not carried): {}.</source>
      <translation>{} petak yang memiliki keputusan tidak ada di keluaran baru (keputusannya tidak dibawa): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="132" />
      <source>{} has a tile_id that is not a tile id of Classify deforestation: {!r}. Use layers written by deforestation:classify.</source>
      <translation>{} memiliki tile_id yang bukan ID petak Klasifikasikan deforestasi: {!r}. Gunakan lapisan yang ditulis oleh deforestation:classify.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="137" />
      <source>{} must hold tiles of one grid; it holds {}.</source>
      <translation>{} harus berisi petak dari satu grid; berisi {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="146" />
      <source>BEFORE and AFTER are on different tile grids ({} and {}): their tiles do not line up. Classify both rasters on the same grid (the same UTM zone), e.g. by reprojecting one raster into the other's CRS first.</source>
      <translation>BEFORE dan AFTER berada pada grid petak yang berbeda ({} dan {}): petaknya tidak sejajar. Klasifikasikan kedua raster pada grid yang sama (zona UTM yang sama), mis. dengan memproyeksikan ulang satu raster ke CRS raster lainnya terlebih dahulu.</translation>
    </message>
    <message>
      <location filename="../core/alerts/compare.py" line="289" />
      <source>{} tiles compared, {} alerts in {} patches; {} only in BEFORE, {} only in AFTER, {} without a class in one of the dates (not guessed).</source>
      <translation>{} petak dibandingkan, {} peringatan dalam {} area; {} hanya di BEFORE, {} hanya di AFTER, {} tanpa kelas pada salah satu tanggal (tidak ditebak).</translation>
    </message>
    <message>
      <location filename="../core/alerts/date_imagery.py" line="97" />
      <source>{} has no band {}.</source>
      <translation>{} tidak memiliki band {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/delineation.py" line="44" />
      <source>No clearings: they need an image of each date (BEFORE_RASTER and AFTER_RASTER, or BEFORE and AFTER outputs that record their source raster). A clearing is a change between two images: one image alone cannot tell a fresh clearing from an old pasture or bare ground. cleared_ha and confidence are left empty.</source>
      <translation>Tidak ada pembukaan lahan: diperlukan satu citra dari setiap tanggal (BEFORE_RASTER dan AFTER_RASTER, atau keluaran BEFORE dan AFTER yang mencatat raster sumbernya). Pembukaan lahan adalah perubahan di antara dua citra: satu citra saja tidak dapat membedakan pembukaan baru dari padang rumput lama atau tanah terbuka. cleared_ha dan confidence dibiarkan kosong.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="136" />
      <source>{} field decisions written into the compare output; {} unchanged.</source>
      <translation>{} keputusan lapangan ditulis ke keluaran perbandingan; {} tidak berubah.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="139" />
      <source>{} tiles hold an office decision as late as the field's or later: the office's is kept, the field's is not written (it stays in the field package): {}.</source>
      <translation>{} petak memiliki keputusan kantor yang sama baru atau lebih baru daripada keputusan lapangan: keputusan kantor dipertahankan, keputusan lapangan tidak ditulis (tetap di paket lapangan): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="144" />
      <source>{} tiles were decided in the office after the package was made and later in the field: the field's later decision is written: {}.</source>
      <translation>{} petak diputuskan di kantor setelah paket dibuat lalu kemudian di lapangan: keputusan lapangan yang lebih baru ditulis: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="148" />
      <source>{} field decisions are on tiles the compare output does not have: {}.</source>
      <translation>{} keputusan lapangan berada pada petak yang tidak ada di keluaran perbandingan: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_merge.py" line="151" />
      <source>{} field decisions cannot be written (fix them in the field package and merge again): {}.</source>
      <translation>{} keputusan lapangan tidak dapat ditulis (perbaiki di paket lapangan lalu gabungkan lagi): {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="66" />
      <source>{} already holds a field package ({}). Merge its decisions first (deforestation:field_merge), then choose an empty folder or remove the old package.</source>
      <translation>{} sudah berisi paket lapangan ({}). Gabungkan dulu keputusannya (deforestation:field_merge), lalu pilih folder kosong atau hapus paket lama.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="92" />
      <source>{} could not be copied into the field package {}: {}</source>
      <translation>{} tidak dapat disalin ke paket lapangan {}: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="93" />
      <source>GDAL refused it</source>
      <translation>GDAL menolaknya</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="134" />
      <source>{} chips could not be made: {}</source>
      <translation>{} cuplikan tidak dapat dibuat: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="153" />
      <source>The field package {} could not be opened after writing it: {}</source>
      <translation>Paket lapangan {} tidak dapat dibuka setelah ditulis: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="162" />
      <source>No chips: give BEFORE_RASTER and AFTER_RASTER (the images the compare output was made from) to attach the before and after chips of each tile.</source>
      <translation>Tanpa cuplikan: berikan BEFORE_RASTER dan AFTER_RASTER (citra asal keluaran perbandingan) untuk melampirkan cuplikan sebelum dan sesudah setiap petak.</translation>
    </message>
    <message>
      <location filename="../core/alerts/field_package.py" line="185" />
      <source>{} is not a field package: it needs a layer '{}' with the fields of a compare output and the review fields. Choose the {} that deforestation:field_package wrote.</source>
      <translation>{} bukan paket lapangan: diperlukan lapisan '{}' dengan bidang keluaran perbandingan dan bidang tinjauan. Pilih {} yang ditulis deforestation:field_package.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>confirmed</source>
      <translation>dikonfirmasi</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>rejected</source>
      <translation>ditolak</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="47" />
      <source>unclear</source>
      <translation>tidak jelas</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="48" />
      <source>not reviewed</source>
      <translation>belum ditinjau</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="52" />
      <source>{:.1f} ha</source>
      <translation>{:.1f} ha</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="56" />
      <source>not computed</source>
      <translation>tidak dihitung</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <source>before {}; after {}</source>
      <translation>sebelum {}; sesudah {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="62" />
      <location filename="../core/alerts/report.py" line="63" />
      <location filename="../core/alerts/report.py" line="157" />
      <source>not recorded</source>
      <translation>tidak tercatat</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="76" />
      <source>{}: not reviewed</source>
      <translation>{}: belum ditinjau</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="79" />
      <source> as {}</source>
      <translation> sebagai {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="80" />
      <location filename="../core/review/audit.py" line="75" />
      <source> by {}</source>
      <translation> oleh {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="80" />
      <source>(no name)</source>
      <translation>(tanpa nama)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="84" />
      <source>; reason: {}</source>
      <translation>; alasan: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="88" />
      <source>; audit: {} by {}</source>
      <translation>; audit: {} oleh {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="94" />
      <source>; not audited</source>
      <translation>; belum diaudit</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="111" />
      <source>{} alert tiles in {} patches.</source>
      <translation>{} petak peringatan dalam {} area.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="112" />
      <source>Alert tiles by tier and decision:</source>
      <translation>Petak peringatan menurut tingkat dan keputusan:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="116" />
      <location filename="../core/alerts/report.py" line="171" />
      <source>no tier</source>
      <translation>tanpa tingkat</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="119" />
      <source>Total area of the alert patches: {}; cleared inside them: {}.</source>
      <translation>Luas total area peringatan: {}; dibuka di dalamnya: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="123" />
      <source>Cleared area by overlay polygon:</source>
      <translation>Luas pembukaan per poligon tumpang susun:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="126" />
      <source>Cleared area by overlay polygon: no overlay given or no overlap.</source>
      <translation>Luas pembukaan per poligon tumpang susun: tidak ada tumpang susun atau tidak ada irisan.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="127" />
      <source>Dates: {}.</source>
      <translation>Tanggal: {}.</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="128" />
      <source>Provenance:</source>
      <translation>Asal-usul:</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="158" />
      <source>{:.5f}, {:.5f} (longitude, latitude, WGS 84)</source>
      <translation>{:.5f}, {:.5f} (bujur, lintang, WGS 84)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="169" />
      <source>Area: {} ({} tile(s) of 1 km²); cleared inside: {}</source>
      <translation>Area: {} ({} petak 1 km²); dibuka di dalamnya: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="171" />
      <source>Tier: {}</source>
      <translation>Tingkat: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="172" />
      <source>P(recently cleared) after: highest {}, lowest {}</source>
      <translation>P(baru dibuka) sesudah: tertinggi {}, terendah {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="174" />
      <source>Dates: {}</source>
      <translation>Tanggal: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="175" />
      <source>Centroid: {}</source>
      <translation>Sentroid: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="178" />
      <source>Overlaps: {}</source>
      <translation>Tumpang tindih: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="180" />
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="181" />
      <source>Clearings delineated: {}</source>
      <translation>Pembukaan lahan yang dibatasi: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="182" />
      <source>Decisions (review and audit):</source>
      <translation>Keputusan (tinjauan dan audit):</translation>
    </message>
    <message>
      <location filename="../core/alerts/report.py" line="186" />
      <source>Alert patch {}</source>
      <translation>Area peringatan {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="168" />
      <location filename="../core/alerts/report_layout.py" line="256" />
      <source>Deforestation alert report</source>
      <translation>Laporan peringatan deforestasi</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="175" />
      <source>Page area</source>
      <translation>Area halaman</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="178" />
      <source>Location of this page</source>
      <translation>Lokasi halaman ini</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="179" />
      <source>Every alert; this page's area framed</source>
      <translation>Semua peringatan; area halaman ini dibingkai</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="180" />
      <source>Before</source>
      <translation>Sebelum</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="181" />
      <source>After</source>
      <translation>Sesudah</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="184" />
      <source>{}: no image given (BEFORE_RASTER, AFTER_RASTER)</source>
      <translation>{}: tidak ada citra yang diberikan (BEFORE_RASTER, AFTER_RASTER)</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="217" />
      <source>the layout could not be exported (code {})</source>
      <translation>tata letak tidak dapat diekspor (kode {})</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="266" />
      <location filename="../processing_provider/compare_algorithm.py" line="120" />
      <source>Alert tiles</source>
      <translation>Petak peringatan</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="276" />
      <source>The report could not be written to {}: {}</source>
      <translation>Laporan tidak dapat ditulis ke {}: {}</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="306" />
      <location filename="../processing_provider/compare_algorithm.py" line="115" />
      <location filename="../processing_provider/compare_algorithm.py" line="122" />
      <location filename="../processing_provider/field_project.py" line="154" />
      <source>Clearings</source>
      <translation>Pembukaan lahan</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="307" />
      <source>Compare output</source>
      <translation>Keluaran perbandingan</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="308" />
      <source>Plugin version</source>
      <translation>Versi plugin</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="309" />
      <source>Report made</source>
      <translation>Laporan dibuat</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../core/alerts/report_layout.py" line="312" />
      <source>as recorded in the two classify outputs compared (their layer metadata)</source>
      <translation>sebagaimana tercatat di kedua keluaran klasifikasi yang dibandingkan (metadata lapisannya)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="26" />
      <source>Forest lost (alert)</source>
      <translation>Hutan hilang (peringatan)</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="27" />
      <source>No alert</source>
      <translation>Tidak ada peringatan</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="46" />
      <source>Highest: alert, clearing and reference agree</source>
      <translation>Tertinggi: peringatan, pembukaan lahan, dan rujukan sesuai</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="47" />
      <source>High: alert and clearing agree</source>
      <translation>Tinggi: peringatan dan pembukaan lahan sesuai</translation>
    </message>
    <message>
      <location filename="../core/alerts/style.py" line="48" />
      <source>Candidate: a clearing the model kept as forest</source>
      <translation>Kandidat: pembukaan lahan yang oleh model tetap dianggap hutan</translation>
    </message>
    <message>
      <location filename="../core/alerts/tiers.py" line="118" />
      <source>{} clearings, {:.2f} ha in all. Tiles: {} highest, {} high, {} candidate (kept as forest by the model), {} low; {} alert tiles without a tier (too little of them seen in both images).</source>
      <translation>{} pembukaan lahan, total {:.2f} ha. Petak: {} tertinggi, {} tinggi, {} kandidat (tetap dianggap hutan oleh model), {} rendah; {} petak peringatan tanpa tingkat (terlalu sedikit yang terlihat di kedua citra).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="70" />
      <source>FIRST_YEAR {} is before {}, the first year of Hansen loss; choose a year from 2001 on (e.g. 2020).</source>
      <translation>FIRST_YEAR {} sebelum {}, tahun pertama kehilangan Hansen; pilih tahun mulai 2001 (mis. 2020).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="74" />
      <source>LAST_YEAR {} is before FIRST_YEAR {}; the window is FIRST_YEAR..LAST_YEAR inclusive (e.g. 2020-2024).</source>
      <translation>LAST_YEAR {} sebelum FIRST_YEAR {}; jendelanya FIRST_YEAR..LAST_YEAR inklusif (mis. 2020-2024).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="78" />
      <source>LAST_YEAR {} is beyond what lossyear can encode.</source>
      <translation>LAST_YEAR {} melampaui yang dapat dikodekan lossyear.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="82" />
      <source>CANOPY_THRESHOLD {} is not a percentage (0-100).</source>
      <translation>CANOPY_THRESHOLD {} bukan persentase (0-100).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="87" />
      <source>{} {} is not a fraction between 0 and 1.</source>
      <translation>{} {} bukan pecahan antara 0 dan 1.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="237" />
      <source>TREECOVER and LOSSYEAR are not on the same pixel grid ({} x {} px at {} vs {} x {} px at {}). Use the treecover2000 and lossyear files of the same granule(s), e.g. build one VRT per layer with gdalbuildvrt over the same granule list, without resampling.</source>
      <translation>TREECOVER dan LOSSYEAR tidak berada pada grid piksel yang sama ({} x {} px pada {} vs {} x {} px pada {}). Gunakan berkas treecover2000 dan lossyear dari granul yang sama, mis. buat satu VRT per lapisan dengan gdalbuildvrt atas daftar granul yang sama, tanpa penyampelan ulang.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="245" />
      <source>The Hansen rasters are rotated or not north-up; use the published granules (or a VRT of them) as they are.</source>
      <translation>Raster Hansen terputar atau tidak menghadap utara; gunakan granul yang diterbitkan (atau VRT-nya) apa adanya.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="263" />
      <source>{} cannot be opened by GDAL: {} ({}).</source>
      <translation>{} tidak dapat dibuka oleh GDAL: {} ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen.py" line="266" />
      <source>{} is not a raster GDAL can read: {}.</source>
      <translation>{} bukan raster yang dapat dibaca GDAL: {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="135" />
      <source>Cancelled after {} of {} tiles.</source>
      <translation>Dibatalkan setelah {} dari {} petak.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="136" />
      <source>Done. {}</source>
      <translation>Selesai. {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="171" />
      <source>Feature {}: cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Fitur {}: tidak dapat ditransformasikan ke CRS raster ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="186" />
      <source>TREECOVER has no CRS; the Hansen granules are in EPSG:4326. Set the layer's CRS (Layer Properties &gt; Source) or use the original files.</source>
      <translation>TREECOVER tidak memiliki CRS; granul Hansen dalam EPSG:4326. Atur CRS lapisan (Properti Lapisan &gt; Sumber) atau gunakan berkas aslinya.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="246" />
      <source>{}: unrecognised coordinate reference system {}.</source>
      <translation>{}: sistem referensi koordinat tidak dikenali {}.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="260" />
      <source>The tiles cannot be transformed to the rasters' CRS ({}).</source>
      <translation>Petak tidak dapat ditransformasikan ke CRS raster ({}).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="279" />
      <source>LAST_YEAR {} is after the last loss year of {} ({}): loss in {} is not in these files. Use a newer Hansen version or an earlier LAST_YEAR.</source>
      <translation>LAST_YEAR {} setelah tahun kehilangan terakhir {} ({}): kehilangan pada {} tidak ada di berkas ini. Gunakan versi Hansen yang lebih baru atau LAST_YEAR yang lebih awal.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/hansen_tiles.py" line="300" />
      <source>Hansen granules covering the tiles: {}</source>
      <translation>Granul Hansen yang mencakup petak: {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="41" />
      <source>No tile has a valid class in both {} and {} ({} features read). Choose the fields that hold the predicted and the reference class, and label some tiles first (review dock or Hansen reference labels).</source>
      <translation>Tidak ada petak yang memiliki kelas valid di {} dan {} sekaligus ({} fitur dibaca). Pilih bidang yang memuat kelas prediksi dan kelas rujukan, dan beri label beberapa petak dulu (panel tinjauan atau label rujukan Hansen).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="47" />
      <source>No reference tile is RECENTLY_CLEARED: its recall is undefined and reported as 0 (zero_division=0).</source>
      <translation>Tidak ada petak rujukan yang RECENTLY_CLEARED: recall-nya tidak terdefinisi dan dilaporkan 0 (zero_division=0).</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="61" />
      <source>Cannot write the report {}: {}. Choose a writable OUTPUT_HTML path.</source>
      <translation>Tidak dapat menulis laporan {}: {}. Pilih jalur OUTPUT_HTML yang dapat ditulisi.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="71" />
      <source>{} tiles left out: {} without a valid {}, {} without a valid {}, {} without either.</source>
      <translation>{} petak tidak disertakan: {} tanpa {} yang valid, {} tanpa {} yang valid, {} tanpa keduanya.</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="78" />
      <source>Values that are not one of {}: {}</source>
      <translation>Nilai yang bukan salah satu dari {}: {}</translation>
    </message>
    <message>
      <location filename="../core/evaluation/report.py" line="82" />
      <source>{} tiles evaluated: accuracy {:.1%}, macro F1 {:.1%}, RECENTLY_CLEARED recall {:.3f}.</source>
      <translation>{} petak dievaluasi: akurasi {:.1%}, F1 makro {:.1%}, recall RECENTLY_CLEARED {:.3f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="31" />
      <source>earthsearch:boa_offset_applied is true: the DN are used as stored (the training DN)</source>
      <translation>earthsearch:boa_offset_applied bernilai true: DN dipakai sebagaimana tersimpan (DN pelatihan)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="34" />
      <source>processing baseline {}</source>
      <translation>baseline pemrosesan {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="35" />
      <source>no processing baseline stated</source>
      <translation>tidak ada baseline pemrosesan yang dinyatakan</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="36" />
      <source>{}: no BOA offset, DN used as stored</source>
      <translation>{}: tanpa offset BOA, DN dipakai sebagaimana tersimpan</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="37" />
      <source>earthsearch:boa_offset_applied is false</source>
      <translation>earthsearch:boa_offset_applied bernilai false</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="38" />
      <source>no earthsearch:boa_offset_applied</source>
      <translation>tanpa earthsearch:boa_offset_applied</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="42" />
      <source>{}, processing baseline {}: the item's raster:bands offset {:g} applied as {:+.0f} DN</source>
      <translation>{}, baseline pemrosesan {}: offset raster:bands item {:g} diterapkan sebagai {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="44" />
      <source>{}, processing baseline {}: BOA_ADD_OFFSET -1000 (product specification)</source>
      <translation>{}, baseline pemrosesan {}: BOA_ADD_OFFSET -1000 (spesifikasi produk)</translation>
    </message>
    <message>
      <location filename="../core/fetch/offsets.py" line="89" />
      <source>Values of {}: {}.</source>
      <translation>Nilai {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="131" />
      <source>{} {} ({} tiles)</source>
      <translation>{} {} ({} petak)</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="136" />
      <source>{} tiles from {} acquisitions: {}</source>
      <translation>{} petak dari {} akuisisi: {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/per_tile.py" line="139" />
      <source>; {} tiles covered by no acquisition (no data)</source>
      <translation>; {} petak tidak tercakup akuisisi mana pun (tanpa data)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="99" />
      <source>START_DATE {} is after END_DATE {}.</source>
      <translation>START_DATE {} setelah END_DATE {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="108" />
      <source>{} '{}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>{} '{}' bukan tanggal: tulis sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="138" />
      <source>The items {} name no EPSG code (proj:epsg / proj:code): the UTM grid is unknown.</source>
      <translation>Item {} tidak menyebut kode EPSG (proj:epsg / proj:code): grid UTM tidak diketahui.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="177" />
      <source>Searching {} at {} from {} to {} over lon {:.4f}..{:.4f}, lat {:.4f}..{:.4f}.</source>
      <translation>Mencari {} di {} dari {} sampai {} di atas bujur {:.4f}..{:.4f}, lintang {:.4f}..{:.4f}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="184" />
      <location filename="../core/fetch/s2_fetch.py" line="308" />
      <location filename="../processing_provider/evaluate_algorithm.py" line="110" />
      <source>Cancelled.</source>
      <translation>Dibatalkan.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="190" />
      <source>{} items, {} acquisitions over the extent.</source>
      <translation>{} item, {} akuisisi di atas cakupan.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="204" />
      <source>{} has JPEG 2000 assets only (no COG): its bands are read from its *-jp2 assets through GDAL's JPEG 2000 driver over HTTP (/vsicurl/), more slowly than COGs.</source>
      <translation>{} hanya memiliki aset JPEG 2000 (tanpa COG): band-nya dibaca dari aset *-jp2 melalui driver JPEG 2000 GDAL lewat HTTP (/vsicurl/), lebih lambat daripada COG.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="213" />
      <source>Grid EPSG:{}, {:.0f} x {:.0f} m</source>
      <translation>Grid EPSG:{}, {:.0f} x {:.0f} m</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="215" />
      <source>Tiles: {}</source>
      <translation>Petak: {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="247" />
      <source>{} items were found in more than one collection ({}); each acquisition of an MGRS tile is taken once, from the collection listed first in COLLECTION ({}: for sentinel-2-l2a, the model's training source); left out: {}.</source>
      <translation>{} item ditemukan di lebih dari satu koleksi ({}); setiap akuisisi petak MGRS diambil sekali, dari koleksi yang tercantum pertama di COLLECTION ({}: untuk sentinel-2-l2a, sumber pelatihan model); tidak disertakan: {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="269" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %)</source>
      <translation>Akuisisi {}: {} (awan citra {:.1f} %)</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="272" />
      <source>Acquisition {}: {} (scene cloud {:.1f} %, SCL cloud over the extent {:.1%})</source>
      <translation>Akuisisi {}: {} (awan citra {:.1f} %, awan SCL di atas cakupan {:.1%})</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="287" />
      <source>PER_TILE: the SCL of all {} acquisitions is read over the area; each 1 km tile takes the clearest (MAX_CLOUD_COVER does not apply in this mode).</source>
      <translation>PER_TILE: SCL dari semua {} akuisisi dibaca di atas area; setiap petak 1 km mengambil yang paling cerah (MAX_CLOUD_COVER tidak berlaku dalam mode ini).</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="294" />
      <source>The SCL of no acquisition over the extent{} could be read: check the connection and STAC_URL.</source>
      <translation>SCL dari akuisisi mana pun di atas cakupan{} tidak dapat dibaca: periksa koneksi dan STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/s2_fetch.py" line="313" />
      <source>Copying {} to a local GeoTIFF.</source>
      <translation>Menyalin {} ke GeoTIFF lokal.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="182" />
      <source>No Sentinel-2 scene covers the extent{}. Widen the date window (START_DATE, END_DATE) or check the extent.</source>
      <translation>Tidak ada citra Sentinel-2 yang mencakup cakupan{}. Perlebar jendela tanggal (START_DATE, END_DATE) atau periksa cakupan.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_choice.py" line="188" />
      <source>All {} acquisitions over the extent{} are too cloudy: the least cloudy ({}, {}) has {} % cloud, above MAX_CLOUD_COVER = {} %. Raise MAX_CLOUD_COVER or widen the date window.</source>
      <translation>Semua {} akuisisi di atas cakupan{} terlalu berawan: yang paling sedikit awannya ({}, {}) memiliki {} % awan, di atas MAX_CLOUD_COVER = {} %. Naikkan MAX_CLOUD_COVER atau perlebar jendela tanggal.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="46" />
      <source>The asset href '{}' of the STAC catalogue was refused: only http:// and https:// assets (and s3:// of public buckets) are read.</source>
      <translation>href aset '{}' dari katalog STAC ditolak: hanya aset http:// dan https:// (dan s3:// dari bucket publik) yang dibaca.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="55" />
      <source>The item {} has no '{}' asset ({}), neither as a COG nor as '{}-jp2'; is COLLECTION a Sentinel-2 L2A collection?</source>
      <translation>Item {} tidak memiliki aset '{}' ({}), baik sebagai COG maupun sebagai '{}-jp2'; apakah COLLECTION merupakan koleksi Sentinel-2 L2A?</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="67" />
      <source>The '{}' asset of {} cannot be read ({}): {}.</source>
      <translation>Aset '{}' dari {} tidak dapat dibaca ({}): {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="156" />
      <source>GDAL could not mosaic the '{}' assets: {}.</source>
      <translation>GDAL tidak dapat memosaik aset '{}': {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/scene_vrt.py" line="200" />
      <source>GDAL could not write {}.</source>
      <translation>GDAL tidak dapat menulis {}.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="42" />
      <source>The STAC API at {} cannot be reached ({}). Check the internet connection; behind a proxy, set it in QGIS Settings &gt; Options &gt; Network (the search goes through QGIS's network settings); or set STAC_URL to a catalogue you can reach.</source>
      <translation>API STAC di {} tidak dapat dijangkau ({}). Periksa koneksi internet; di balik proksi, atur di Pengaturan &gt; Opsi &gt; Jaringan QGIS (pencarian melalui pengaturan jaringan QGIS); atau atur STAC_URL ke katalog yang dapat Anda jangkau.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="49" />
      <source>The STAC address '{}' was refused: only http:// and https:// addresses are asked or followed (STAC_URL, the catalogue's next links and redirects).</source>
      <translation>Alamat STAC '{}' ditolak: hanya alamat http:// dan https:// yang diminta atau diikuti (STAC_URL, tautan next katalog, dan pengalihan).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="127" />
      <source>The server or a proxy refuses the request: check QGIS's proxy settings.</source>
      <translation>Server atau proksi menolak permintaan: periksa pengaturan proksi QGIS.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="130" />
      <source>Check STAC_URL: it should be the API root (it answers /search).</source>
      <translation>Periksa STAC_URL: harus berupa akar API (yang menjawab /search).</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="131" />
      <source>The STAC API at {} answered HTTP {}. {} {}</source>
      <translation>API STAC di {} menjawab HTTP {}. {} {}</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="136" />
      <source>The STAC API at {} did not answer JSON ({}); check STAC_URL.</source>
      <translation>API STAC di {} tidak menjawab dengan JSON ({}); periksa STAC_URL.</translation>
    </message>
    <message>
      <location filename="../core/fetch/stac_client.py" line="174" />
      <source>The STAC API's next link '{}' was refused: only http:// and https:// links are followed.</source>
      <translation>Tautan next '{}' dari API STAC ditolak: hanya tautan http:// dan https:// yang diikuti.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="64" />
      <source>Expected one {} file in {}, found {} ({}). Put one file per band (B03, B04, B08) in the folder, or build the VRT yourself.</source>
      <translation>Diharapkan satu berkas {} di {}, ditemukan {} ({}). Taruh satu berkas per band (B03, B04, B08) di folder, atau buat VRT sendiri.</translation>
    </message>
    <message>
      <location filename="../core/imagery/band_stack.py" line="82" />
      <source>GDAL could not stack the band files of {}.</source>
      <translation>GDAL tidak dapat menumpuk berkas band dari {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="57" />
      <source>Cannot find the {} ({}) band from the band descriptions ({}). Set {} to its band number.</source>
      <translation>Tidak dapat menemukan band {} ({}) dari deskripsi band ({}). Atur {} ke nomor band-nya.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="61" />
      <source>Several bands look like {} ({}): {} ({}). Set {} to the right one.</source>
      <translation>Beberapa band tampak seperti {} ({}): {} ({}). Atur {} ke band yang benar.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="70" />
      <source>The raster has {} band(s); a chip needs three (B08, B04, B03). Use a multi-band Sentinel-2 L2A raster, or stack the bands into a VRT first.</source>
      <translation>Raster memiliki {} band; cuplikan memerlukan tiga (B08, B04, B03). Gunakan raster Sentinel-2 L2A multiband, atau tumpuk dulu band-nya ke VRT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/bands.py" line="79" />
      <source>{}_BAND is {}, but the raster has {} band(s) (valid numbers are 1 to {}).</source>
      <translation>{}_BAND bernilai {}, tetapi raster memiliki {} band (nomor yang valid 1 sampai {}).</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="74" />
      <source>Unrecognised coordinate reference system: {}. Give an EPSG code or a WKT definition.</source>
      <translation>Sistem referensi koordinat tidak dikenali: {}. Berikan kode EPSG atau definisi WKT.</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="112" />
      <source>the raster's own UTM zone</source>
      <translation>zona UTM milik raster sendiri</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="129" />
      <source>in degrees</source>
      <translation>dalam derajat</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="130" />
      <source>not a UTM zone</source>
      <translation>bukan zona UTM</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="131" />
      <source>not in metres</source>
      <translation>tidak dalam meter</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="132" />
      <source>the raster's CRS</source>
      <translation>CRS raster</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="134" />
      <source>{} is {}, so the tiles are cut in the UTM zone of the area's centre ({}) to be 1 km and 10 m on the ground</source>
      <translation>{} {}, sehingga petak dipotong pada zona UTM pusat area ({}) agar berukuran 1 km dan 10 m di lapangan</translation>
    </message>
    <message>
      <location filename="../core/imagery/grid.py" line="158" />
      <source>The extent cannot be transformed into the grid CRS: check the extent's CRS.</source>
      <translation>Cakupan tidak dapat ditransformasikan ke CRS grid: periksa CRS cakupan.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="47" />
      <source>{} valid pixels, too few to tell</source>
      <translation>{} piksel valid, terlalu sedikit untuk memastikan</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="48" />
      <source>darkest 1 % of {} valid pixels at Red {:.0f} and Green {:.0f} DN</source>
      <translation>1 % tergelap dari {} piksel valid pada Merah {:.0f} dan Hijau {:.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="53" />
      <source>the pixels say the offset was removed ({}: dark targets below {:.0f}, which DN with the +1000 offset do not reach)</source>
      <translation>piksel menunjukkan offset telah dihapus ({}: target gelap di bawah {:.0f}, yang tidak tercapai oleh DN dengan offset +1000)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="57" />
      <source>the pixels say the +1000 offset is still in ({}: almost none below {:.0f}, dark targets at 1000 plus a few hundred)</source>
      <translation>piksel menunjukkan offset +1000 masih ada ({}: hampir tidak ada di bawah {:.0f}, target gelap pada 1000 ditambah beberapa ratus)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="60" />
      <source>the pixels cannot tell ({}: no dark target such as water or forest, as over desert, snow or cloud)</source>
      <translation>piksel tidak dapat memastikan ({}: tidak ada target gelap seperti air atau hutan, seperti di atas gurun, salju, atau awan)</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="105" />
      <source>{}: the BOA offset could not be checked against the pixels ({}); the metadata decides: {}.</source>
      <translation>{}: offset BOA tidak dapat diperiksa terhadap piksel ({}); metadata yang menentukan: {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>{:+.0f} DN applied</source>
      <translation>{:+.0f} DN diterapkan</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="111" />
      <source>DN used as stored</source>
      <translation>DN dipakai sebagaimana tersimpan</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="112" />
      <source>{}: the metadata and the pixels disagree about the BOA offset. Metadata: {}. Pixels: {}. The pixels decide: {}.</source>
      <translation>{}: metadata dan piksel tidak sepakat tentang offset BOA. Metadata: {}. Piksel: {}. Piksel yang menentukan: {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/offset_check.py" line="115" />
      <source>pixels over metadata: {} ({}; the metadata said: {})</source>
      <translation>piksel mengalahkan metadata: {} ({}; metadata menyatakan: {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="41" />
      <source>GDAL cannot open the raster '{}': {}</source>
      <translation>GDAL tidak dapat membuka raster '{}': {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="43" />
      <source>GDAL cannot open the raster '{}'.</source>
      <translation>GDAL tidak dapat membuka raster '{}'.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="56" />
      <source>The raster has no coordinate reference system. Assign one in the layer properties (Source &gt; Assigned Coordinate Reference System) and run again.</source>
      <translation>Raster tidak memiliki sistem referensi koordinat. Tetapkan satu di properti lapisan (Sumber &gt; CRS yang Ditetapkan) lalu jalankan lagi.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="105" />
      <source>GDAL could not resample the raster onto the 10 m tile grid.</source>
      <translation>GDAL tidak dapat menyampel ulang raster ke grid petak 10 m.</translation>
    </message>
    <message>
      <location filename="../core/imagery/raster_tiles.py" line="123" />
      <source>GDAL could not read tile {}.</source>
      <translation>GDAL tidak dapat membaca petak {}.</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="133" />
      <location filename="../core/imagery/s2_product.py" line="143" />
      <location filename="../models/verify.py" line="170" />
      <source>Cannot read {}: {}</source>
      <translation>Tidak dapat membaca {}: {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/s2_product.py" line="138" />
      <source>Cannot read {}: it declares a DTD, which no Sentinel-2 product XML does.</source>
      <translation>Tidak dapat membaca {}: berkas mendeklarasikan DTD, yang tidak dilakukan XML produk Sentinel-2 mana pun.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="179" />
      <source>the raster's band offset {:g} (reflectance) applied as {:+.0f} DN</source>
      <translation>offset band raster {:g} (reflektansi) diterapkan sebagai {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="186" />
      <source>float reflectance multiplied by 10000, band offset applied as {:+.0f} DN</source>
      <translation>reflektansi desimal dikalikan 10000, offset band diterapkan sebagai {:+.0f} DN</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="190" />
      <source>float reflectance multiplied by 10000</source>
      <translation>reflektansi desimal dikalikan 10000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="192" />
      <source>the raster's band offset {:+.0f} DN applied</source>
      <translation>offset band raster {:+.0f} DN diterapkan</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="196" />
      <source>BOA_ADD_OFFSET {:+.0f} from the product metadata</source>
      <translation>BOA_ADD_OFFSET {:+.0f} dari metadata produk</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="201" />
      <source>processing baseline {}: BOA_ADD_OFFSET -1000</source>
      <translation>baseline pemrosesan {}: BOA_ADD_OFFSET -1000</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="218" />
      <source>median {:.3g}</source>
      <translation>median {:.3g}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="242" />
      <source>{} (float raster, {})</source>
      <translation>{} (raster desimal, {})</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="247" />
      <source>SCALE {:g} given by the user</source>
      <translation>SCALE {:g} diberikan pengguna</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="253" />
      <source>OFFSET {:+.0f} DN given by the user</source>
      <translation>OFFSET {:+.0f} DN diberikan pengguna</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="260" />
      <source>the fetched scene: {}</source>
      <translation>citra yang diambil: {}</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="273" />
      <source>a BOA offset</source>
      <translation>offset BOA</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="274" />
      <source>the raster</source>
      <translation>raster tersebut</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="320" />
      <source>The values look like Sentinel-2 L2A DN of processing baseline 04.00 or later with the +1000 BOA offset still in: the darkest 1 % of valid pixels are at Red {:.0f} and Green {:.0f} DN, where harmonised L2A has dark targets (water, shadow, forest in Red) at a few hundred. The chips are too bright. If the raster comes from a SAFE L2A product of 2022-01-25 or later (Copernicus Data Space, Planetary Computer, GEE S2_SR), set OFFSET = -1000; leave OFFSET empty if it is already harmonised (Earth Search, GEE S2_SR_HARMONIZED) and the area has no dark surface.</source>
      <translation>Nilainya tampak seperti DN Sentinel-2 L2A dengan baseline pemrosesan 04.00 atau sesudahnya yang offset BOA +1000-nya masih ada: 1 % tergelap dari piksel valid berada pada Merah {:.0f} dan Hijau {:.0f} DN, sedangkan L2A yang diharmonisasi memiliki target gelap (air, bayangan, hutan pada band Merah) di kisaran beberapa ratus. Cuplikan terlalu terang. Jika raster berasal dari produk SAFE L2A tanggal 2022-01-25 atau sesudahnya (Copernicus Data Space, Planetary Computer, GEE S2_SR), atur OFFSET = -1000; biarkan OFFSET kosong jika sudah diharmonisasi (Earth Search, GEE S2_SR_HARMONIZED) dan area tidak memiliki permukaan gelap.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="338" />
      <source>The values look like reflectance x 1000, not x 10000: NIR median {:.0f}, Red median {:.0f} and 99 % of NIR below {:.0f}, where Sentinel-2 L2A DN over land have NIR medians of a few thousand. The chips are almost black. Set SCALE = 10 to turn them into DN.</source>
      <translation>Nilainya tampak seperti reflektansi x 1000, bukan x 10000: median NIR {:.0f}, median Merah {:.0f}, dan 99 % NIR di bawah {:.0f}, sedangkan DN Sentinel-2 L2A di daratan memiliki median NIR beberapa ribu. Cuplikan hampir hitam. Atur SCALE = 10 untuk mengubahnya menjadi DN.</translation>
    </message>
    <message>
      <location filename="../core/imagery/scaling.py" line="354" />
      <source>The NIR band's values look unusual for Sentinel-2 L2A: median {:.4g} (min {:.4g}, max {:.4g}); expected surface reflectance x 10000 with a median of a few thousand. Check the bands, or set SCALE and OFFSET (DN = raw x SCALE + OFFSET); chips are stretched as DN / 3000 x 255.</source>
      <translation>Nilai band NIR tampak tidak biasa untuk Sentinel-2 L2A: median {:.4g} (min {:.4g}, maks {:.4g}); yang diharapkan reflektansi permukaan x 10000 dengan median beberapa ribu. Periksa band-nya, atau atur SCALE dan OFFSET (DN = mentah x SCALE + OFFSET); cuplikan diregangkan sebagai DN / 3000 x 255.</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="49" />
      <source>this llama.cpp build has a GPU backend but found no usable GPU device</source>
      <translation>build llama.cpp ini memiliki backend GPU tetapi tidak menemukan GPU yang dapat dipakai</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="50" />
      <source>this llama.cpp build has no GPU backend</source>
      <translation>build llama.cpp ini tidak memiliki backend GPU</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="122" />
      <source>CPU {:.3f} s per chip, GPU {} {:.3f} s per chip: {} chosen ({})</source>
      <translation>CPU {:.3f} dtk per cuplikan, GPU {} {:.3f} dtk per cuplikan: {} dipilih ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="155" />
      <source>GPU offload automatic: CPU ({}).</source>
      <translation>Offload GPU otomatis: CPU ({}).</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="160" />
      <source>GPU offload automatic: timing {} chips on the CPU and on the GPU {} (once for this build, model and device)</source>
      <translation>Offload GPU otomatis: mengukur waktu {} cuplikan di CPU dan di GPU {} (sekali untuk build, model, dan perangkat ini)</translation>
    </message>
    <message>
      <location filename="../core/inference/device_choice.py" line="170" />
      <source>GPU offload automatic: {}.</source>
      <translation>Offload GPU otomatis: {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="84" />
      <source>Unknown engine {!r}: use {}.</source>
      <translation>Mesin tidak dikenal {!r}: gunakan {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="105" />
      <source>{} file not found: {}. Put the model card's GGUF files (v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) in the model folder, or give their paths as MODEL and MMPROJ.</source>
      <translation>Berkas {} tidak ditemukan: {}. Taruh berkas GGUF kartu model (v2_no_coords-Q4_K_M.gguf dan mmproj-v2_no_coords-F16.gguf) di folder model, atau berikan jalurnya sebagai MODEL dan MMPROJ.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="113" />
      <source>Model download cancelled; run the algorithm again to resume it.</source>
      <translation>Unduhan model dibatalkan; jalankan algoritme lagi untuk melanjutkannya.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="128" />
      <source>The managed local llama-server backend is selected but no llama-server executable was found. Download a llama.cpp release for this system (Vulkan for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon) and point the plugin settings at its llama-server, or put it on PATH (or set $DEFORESTATION_LLAMA_SERVER).</source>
      <translation>Backend llama-server lokal terkelola dipilih tetapi berkas eksekusi llama-server tidak ditemukan. Unduh rilis llama.cpp untuk sistem ini (Vulkan untuk GPU AMD/Intel, CUDA untuk NVIDIA, Metal di Apple silicon) dan arahkan pengaturan plugin ke llama-server-nya, atau taruh di PATH (atau atur $DEFORESTATION_LLAMA_SERVER).</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="144" />
      <source>Starting the local llama-server {} with {} + {} (waiting for /health)</source>
      <translation>Memulai llama-server lokal {} dengan {} + {} (menunggu /health)</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="150" />
      <source>Backend: local llama-server at {} ({} requests in flight; log: {})</source>
      <translation>Backend: llama-server lokal di {} ({} permintaan bersamaan; log: {})</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="162" />
      <source>The server backend is selected but no server URL is set: set it in the plugin settings (or $DEFORESTATION_SERVER_URL), e.g. http://127.0.0.1:8080/v1, or switch the backend back to llama.cpp.</source>
      <translation>Backend server dipilih tetapi URL server belum diatur: atur di pengaturan plugin (atau $DEFORESTATION_SERVER_URL), mis. http://127.0.0.1:8080/v1, atau kembalikan backend ke llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="166" />
      <source>Backend: OpenAI-compatible server {} ({} requests in flight per server); MODEL, MMPROJ and ENGINE are not used.</source>
      <translation>Backend: server yang kompatibel dengan OpenAI {} ({} permintaan bersamaan per server); MODEL, MMPROJ, dan ENGINE tidak digunakan.</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="179" />
      <source>Connecting to {}</source>
      <translation>Menghubungkan ke {}</translation>
    </message>
    <message>
      <location filename="../core/inference/engines.py" line="184" />
      <source>Loading model {} + {} ({} engine)</source>
      <translation>Memuat model {} + {} (mesin {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="20" />
      <source>The Python package llama-cpp-python is not installed in QGIS's Python ({}). Install it with: python3 -m pip install {}</source>
      <translation>Paket Python llama-cpp-python belum terpasang di Python QGIS ({}). Pasang dengan: python3 -m pip install {}</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>all layers</source>
      <translation>semua lapisan</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="179" />
      <source>{} layers</source>
      <translation>{} lapisan</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="182" />
      <source>GPU {} (text model: {} offloaded; vision projector: {})</source>
      <translation>GPU {} (model teks: {} di-offload; proyektor visi: {})</translation>
    </message>
    <message>
      <location filename="../core/inference/llama_runtime.py" line="187" />
      <source>CPU {}, {} threads (text model and vision projector{})</source>
      <translation>CPU {}, {} thread (model teks dan proyektor visi{})</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="131" />
      <source>The {} file is missing: {}.</source>
      <translation>Berkas {} tidak ada: {}.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="144" />
      <source>{} does not know {}: it is older than the llama.cpp of the model card's evaluation and cannot be told how many image tokens to make of a chip (docs/MODEL.md). Use a current llama.cpp release.</source>
      <translation>{} tidak mengenal {}: versinya lebih lama daripada llama.cpp yang dipakai dalam evaluasi kartu model dan tidak dapat diberi tahu berapa token citra yang dibuat dari satu cuplikan (docs/MODEL.md). Gunakan rilis llama.cpp terbaru.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="176" />
      <source>Cannot start {} ({}). Point the plugin settings at a llama-server executable from llama.cpp's releases.</source>
      <translation>Tidak dapat memulai {} ({}). Arahkan pengaturan plugin ke berkas eksekusi llama-server dari rilis llama.cpp.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="202" />
      <source>The local server stopped while starting (exit code {}): {}</source>
      <translation>Server lokal berhenti saat dimulai (kode keluar {}): {}</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="205" />
      <source>Starting the local server was cancelled.</source>
      <translation>Memulai server lokal dibatalkan.</translation>
    </message>
    <message>
      <location filename="../core/inference/managed_server.py" line="219" />
      <source>The local server did not answer {} within {:g} s. Its log: {}</source>
      <translation>Server lokal tidak menjawab {} dalam {:g} dtk. Lognya: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="70" />
      <source>The model's answer is not JSON: {!r:.200}</source>
      <translation>Jawaban model bukan JSON: {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt.py" line="73" />
      <source>The model's answer has no valid class_label: {!r:.200}</source>
      <translation>Jawaban model tidak memiliki class_label yang valid: {!r:.200}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="103" />
      <source>The rendered prompt does not start with text</source>
      <translation>Prompt yang dirender tidak diawali teks</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="111" />
      <source>The tokenizer of {} does not tell the three answers apart</source>
      <translation>Tokenizer {} tidak membedakan ketiga jawaban</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="126" />
      <source>{} has no tokenizer.chat_template</source>
      <translation>{} tidak memiliki tokenizer.chat_template</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="159" />
      <source>Tokenization failed for {!r:.80}</source>
      <translation>Tokenisasi gagal untuk {!r:.80}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="199" />
      <source>mtmd_bitmap_init failed</source>
      <translation>mtmd_bitmap_init gagal</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="216" />
      <source>mtmd_input_chunks_init failed</source>
      <translation>mtmd_input_chunks_init gagal</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="220" />
      <source>mtmd_tokenize failed with {}</source>
      <translation>mtmd_tokenize gagal dengan {}</translation>
    </message>
    <message>
      <location filename="../core/inference/prompt_tokens.py" line="233" />
      <source>Unexpected mtmd chunk type {}</source>
      <translation>Jenis potongan mtmd tak terduga {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="45" />
      <location filename="../core/inference/scoring_engine.py" line="67" />
      <source>Model file not found: {}</source>
      <translation>Berkas model tidak ditemukan: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/recipe_engine.py" line="67" />
      <source>llama.cpp could not load the model pair {} + {}: {}</source>
      <translation>llama.cpp tidak dapat memuat pasangan model {} + {}: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="89" />
      <source>llama.cpp could not load the text model {}</source>
      <translation>llama.cpp tidak dapat memuat model teks {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="118" />
      <source>llama.cpp could not create a context for {} (n_ctx {}, {} sequences)</source>
      <translation>llama.cpp tidak dapat membuat konteks untuk {} (n_ctx {}, {} sekuens)</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="134" />
      <source>mtmd could not load the vision projector {} for {}</source>
      <translation>mtmd tidak dapat memuat proyektor visi {} untuk {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="138" />
      <source>{} has no vision encoder</source>
      <translation>{} tidak memiliki encoder visi</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="176" />
      <source>batch of {} tokens &gt; n_batch {}</source>
      <translation>batch {} token &gt; n_batch {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="187" />
      <source>llama_decode failed with {} ({})</source>
      <translation>llama_decode gagal dengan {} ({})</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="192" />
      <source>No logits for batch index {}</source>
      <translation>Tidak ada logit untuk indeks batch {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="222" />
      <source>The engine is closed</source>
      <translation>Mesin sudah ditutup</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="313" />
      <source>The prompt head differs from the cached one</source>
      <translation>Awal prompt berbeda dari yang ada di cache</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="334" />
      <source>mtmd_encode_chunk failed with {}</source>
      <translation>mtmd_encode_chunk gagal dengan {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="342" />
      <source>mtmd_helper_decode_image_chunk failed with {}</source>
      <translation>mtmd_helper_decode_image_chunk gagal dengan {}</translation>
    </message>
    <message>
      <location filename="../core/inference/scoring_engine.py" line="347" />
      <source>The prompt ends with an image: no text before the answer</source>
      <translation>Prompt diakhiri dengan citra: tidak ada teks sebelum jawaban</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="45" />
      <source>No server URL is set. Give the OpenAI-compatible base URL (e.g. http://127.0.0.1:8080/v1) in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>URL server belum diatur. Berikan URL dasar yang kompatibel dengan OpenAI (mis. http://127.0.0.1:8080/v1) di pengaturan plugin atau $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="81" />
      <location filename="../core/inference/server_pool.py" line="119" />
      <source>The server engine is closed.</source>
      <translation>Mesin server sudah ditutup.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="126" />
      <source>The server at {} did not answer with a chat completion: {!r}</source>
      <translation>Server di {} tidak menjawab dengan chat completion: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="129" />
      <source>The server at {} answered no text: {!r}</source>
      <translation>Server di {} tidak menjawab dengan teks: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="155" />
      <location filename="../core/inference/server_http.py" line="234" />
      <source>{} (tried {} times)</source>
      <translation>{} (dicoba {} kali)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_engine.py" line="185" />
      <source>{} (tried {} times, on every server of the pool)</source>
      <translation>{} (dicoba {} kali, pada setiap server dalam kumpulan)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="81" />
      <source>{} (The server URL is in the plugin settings or $DEFORESTATION_SERVER_URL; the key in the plugin settings or $DEFORESTATION_SERVER_API_KEY.)</source>
      <translation>{} (URL server ada di pengaturan plugin atau $DEFORESTATION_SERVER_URL; kuncinya di pengaturan plugin atau $DEFORESTATION_SERVER_API_KEY.)</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="135" />
      <source>{} Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>{} Periksa URL server di pengaturan plugin (atau $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="146" />
      <source>What answers at {} is not an HTTP server ({!r}). Check the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL).</source>
      <translation>Yang menjawab di {} bukan server HTTP ({!r}). Periksa URL server di pengaturan plugin (atau $DEFORESTATION_SERVER_URL).</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="164" />
      <source>The server at {} answered something that is not JSON: {!r}</source>
      <translation>Server di {} menjawab sesuatu yang bukan JSON: {!r}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="180" />
      <source>The server at {} refused the request (HTTP {}): the API key is missing or wrong. Set the server's key in the plugin settings (stored in the QGIS authentication database) or in $DEFORESTATION_SERVER_API_KEY.</source>
      <translation>Server di {} menolak permintaan (HTTP {}): kunci API tidak ada atau salah. Atur kunci server di pengaturan plugin (disimpan di basis data autentikasi QGIS) atau di $DEFORESTATION_SERVER_API_KEY.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="186" />
      <source>No OpenAI-compatible endpoint at {} (HTTP 404). The server URL must be the base URL that serves /chat/completions and /models, e.g. http://127.0.0.1:8080/v1.</source>
      <translation>Tidak ada endpoint yang kompatibel dengan OpenAI di {} (HTTP 404). URL server harus berupa URL dasar yang melayani /chat/completions dan /models, mis. http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="200" />
      <source>The server at {} refused the request (HTTP {}): {}{}</source>
      <translation>Server di {} menolak permintaan (HTTP {}): {}{}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="239" />
      <source>{}/models is not an OpenAI-compatible model list: {}</source>
      <translation>{}/models bukan daftar model yang kompatibel dengan OpenAI: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_http.py" line="245" />
      <source>The server at {} lists no model at {}/models: {!r}. Is it an OpenAI-compatible server with a model loaded?</source>
      <translation>Server di {} tidak mencantumkan model di {}/models: {!r}. Apakah ini server yang kompatibel dengan OpenAI dengan model yang dimuat?</translation>
    </message>
    <message>
      <location filename="../core/inference/server_pool.py" line="75" />
      <location filename="../core/inference/server_pool.py" line="145" />
      <source>No server of the pool answers: {}</source>
      <translation>Tidak ada server dalam kumpulan yang menjawab: {}</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="78" />
      <source>'{}' is not a server URL. Give the OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1, in the plugin settings or $DEFORESTATION_SERVER_URL.</source>
      <translation>'{}' bukan URL server. Berikan URL dasar yang kompatibel dengan OpenAI, mis. http://127.0.0.1:8080/v1, di pengaturan plugin atau $DEFORESTATION_SERVER_URL.</translation>
    </message>
    <message>
      <location filename="../core/inference/server_settings.py" line="93" />
      <source>Unknown response format '{}': use one of {}.</source>
      <translation>Format respons tidak dikenal '{}': gunakan salah satu dari {}.</translation>
    </message>
    <message>
      <location filename="../core/output/input_style.py" line="76" />
      <source>Select a Sentinel-2 raster file layer (GeoTIFF, VRT or SENTINEL2 product) in the Layers panel first.</source>
      <translation>Pilih dulu lapisan berkas raster Sentinel-2 (GeoTIFF, VRT, atau produk SENTINEL2) di panel Lapisan.</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="61" />
      <source>Standing forest</source>
      <translation>Hutan berdiri</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="113" />
      <location filename="../processing_provider/field_project.py" line="62" />
      <source>Recently cleared</source>
      <translation>Baru dibuka</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="114" />
      <location filename="../processing_provider/field_project.py" line="63" />
      <source>Long-term non-forest</source>
      <translation>Bukan hutan jangka panjang</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="120" />
      <source>Reviewed: confirmed (black outline)</source>
      <translation>Ditinjau: dikonfirmasi (garis tepi hitam)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="121" />
      <source>Reviewed: corrected (magenta outline)</source>
      <translation>Ditinjau: dikoreksi (garis tepi magenta)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="122" />
      <source>Reviewed: unclear (yellow outline)</source>
      <translation>Ditinjau: tidak jelas (garis tepi kuning)</translation>
    </message>
    <message>
      <location filename="../core/output/layer_style.py" line="139" />
      <source>Not classified (no data, partial tile, cloud or error)</source>
      <translation>Tidak terklasifikasi (tanpa data, petak sebagian, awan, atau galat)</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="82" />
      <source>OUTPUT must be a GeoPackage (.gpkg), not '{}'. Choose a .gpkg file name.</source>
      <translation>OUTPUT harus berupa GeoPackage (.gpkg), bukan '{}'. Pilih nama berkas .gpkg.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="86" />
      <source>Cannot resume: {} holds no layer of tiles (it was left unfinished, or it is not an output of this algorithm). Nothing was changed. Set OVERWRITE to replace it, or choose another OUTPUT file name.</source>
      <translation>Tidak dapat melanjutkan: {} tidak memuat lapisan petak (belum selesai, atau bukan keluaran algoritme ini). Tidak ada yang diubah. Atur OVERWRITE untuk menggantinya, atau pilih nama berkas OUTPUT lain.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="92" />
      <source>OUTPUT {} already exists{}. Nothing was changed. Set RESUME to continue it with the same settings, choose another OUTPUT file name, or set OVERWRITE to replace it (its tiles and review decisions are then deleted).</source>
      <translation>OUTPUT {} sudah ada{}. Tidak ada yang diubah. Atur RESUME untuk meneruskannya dengan pengaturan yang sama, pilih nama berkas OUTPUT lain, atau atur OVERWRITE untuk menggantinya (petak dan keputusan tinjauannya lalu dihapus).</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="206" />
      <source>Cannot write the output {}: {}. Choose a folder you can write to.</source>
      <translation>Tidak dapat menulis keluaran {}: {}. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="230" />
      <source>Cannot put the output in place at {}: {}. Close any program that holds it open (another QGIS layer, a file explorer preview) and run again.</source>
      <translation>Tidak dapat menempatkan keluaran di {}: {}. Tutup program yang masih membukanya (lapisan QGIS lain, pratinjau penjelajah berkas) lalu jalankan lagi.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="248" />
      <source>Cannot resume: {} is not a readable GeoPackage ({}). Choose another OUTPUT, or set OVERWRITE to replace it.</source>
      <translation>Tidak dapat melanjutkan: {} bukan GeoPackage yang dapat dibaca ({}). Pilih OUTPUT lain, atau atur OVERWRITE untuk menggantinya.</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="294" />
      <source>it was made from another raster: {} (the output), not {} (now). One layer must not mix two rasters or dates</source>
      <translation>lapisan dibuat dari raster lain: {} (keluaran), bukan {} (sekarang). Satu lapisan tidak boleh mencampur dua raster atau tanggal</translation>
    </message>
    <message>
      <location filename="../core/output/tile_writer.py" line="301" />
      <source>Cannot resume into {}: {}. Nothing was changed. Run with the settings it was made with, choose another OUTPUT file name, or set OVERWRITE to replace it.</source>
      <translation>Tidak dapat melanjutkan ke {}: {}. Tidak ada yang diubah. Jalankan dengan pengaturan saat keluaran dibuat, pilih nama berkas OUTPUT lain, atau atur OVERWRITE untuk menggantinya.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="108" />
      <source>The extent does not overlap the raster. Choose an extent inside the raster (or leave EXTENT empty to use the whole raster).</source>
      <translation>Cakupan tidak beririsan dengan raster. Pilih cakupan di dalam raster (atau biarkan EXTENT kosong untuk memakai seluruh raster).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="115" />
      <source>The extent is empty: no 1 km tile intersects it.</source>
      <translation>Cakupan kosong: tidak ada petak 1 km yang berpotongan dengannya.</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="208" />
      <source>tile 1 of {}</source>
      <translation>petak 1 dari {}</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="209" />
      <source>tile {} of {}, about {} left</source>
      <translation>petak {} dari {}, sekitar {} lagi</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="263" />
      <source>The model gave no valid label on {} tiles in a row; last answer: {}. Check that the model is the model card's (MODEL and MMPROJ, or the model the server runs).</source>
      <translation>Model tidak memberi label yang valid pada {} petak berturut-turut; jawaban terakhir: {}. Periksa bahwa model adalah model dari kartu model (MODEL dan MMPROJ, atau model yang dijalankan server).</translation>
    </message>
    <message>
      <location filename="../core/pipeline.py" line="329" />
      <source>The model failed on a group of {} tiles ({}: {}); they are classified one by one.</source>
      <translation>Model gagal pada sekelompok {} petak ({}: {}); petak tersebut diklasifikasi satu per satu.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="33" />
      <source>Unknown audit status {!r}.</source>
      <translation>Status audit tidak dikenal {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="35" />
      <source>Tile {} has no decision to audit yet: review it first.</source>
      <translation>Petak {} belum memiliki keputusan untuk diaudit: tinjau dulu.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="39" />
      <source>An audit needs the auditor's name: fill in 'Reviewer' in the dock's settings.</source>
      <translation>Audit memerlukan nama auditor: isi 'Peninjau' di pengaturan panel.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="42" />
      <source>Tile {} was reviewed by {}: a second look must be another person's. Audit it under another name, or leave it to another auditor.</source>
      <translation>Petak {} ditinjau oleh {}: tinjauan kedua harus oleh orang lain. Audit dengan nama lain, atau serahkan ke auditor lain.</translation>
    </message>
    <message>
      <location filename="../core/review/audit.py" line="56" />
      <source>{} of {} audited</source>
      <translation>{} dari {} diaudit</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="79" />
      <source>Cannot tell where tile {!r} lies.</source>
      <translation>Tidak dapat menentukan letak petak {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/chip_source.py" line="91" />
      <source>The grid CRS of tile {} is unknown.</source>
      <translation>CRS grid petak {} tidak diketahui.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="142" />
      <source>{} of {} reviewed</source>
      <translation>{} dari {} sudah ditinjau</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="187" />
      <source>Unknown review status {!r}.</source>
      <translation>Status tinjauan tidak dikenal {!r}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="190" />
      <source>Cannot correct to {!r}: not one of {}.</source>
      <translation>Tidak dapat mengoreksi menjadi {!r}: bukan salah satu dari {}.</translation>
    </message>
    <message>
      <location filename="../core/review/queue.py" line="197" />
      <source>Tile {} has no class to confirm; correct it to a class instead.</source>
      <translation>Petak {} tidak memiliki kelas untuk dikonfirmasi; koreksi ke suatu kelas.</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="44" />
      <source>Agriculture or pasture rotation</source>
      <translation>Rotasi pertanian atau padang rumput</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="45" />
      <source>Plantation harvest</source>
      <translation>Panen perkebunan</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="46" />
      <source>Seasonal or phenology change</source>
      <translation>Perubahan musiman atau fenologi</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="47" />
      <source>Cloud or shadow</source>
      <translation>Awan atau bayangan</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="48" />
      <source>Water level</source>
      <translation>Ketinggian air</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="49" />
      <source>Burn without clearing</source>
      <translation>Terbakar tanpa pembukaan</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="50" />
      <source>Cleared before the BEFORE date</source>
      <translation>Dibuka sebelum tanggal BEFORE</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="51" />
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <location filename="../core/review/reasons.py" line="69" />
      <source>Unknown reason {!r}: use one of {}.</source>
      <translation>Alasan tidak dikenal {!r}: gunakan salah satu dari {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="165" />
      <source>The layer '{}' is read-only, so decisions cannot be stored. Save it as a GeoPackage (Export &gt; Save Features As) and review the copy.</source>
      <translation>Lapisan '{}' hanya-baca, sehingga keputusan tidak dapat disimpan. Simpan sebagai GeoPackage (Ekspor &gt; Simpan Fitur Sebagai) dan tinjau salinannya.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="192" />
      <source>The layer '{}' is in edit mode. Save or discard its edits (toggle editing off), then review: decisions are saved as they are made.</source>
      <translation>Lapisan '{}' dalam mode sunting. Simpan atau buang suntingannya (matikan penyuntingan), lalu tinjau: keputusan disimpan saat dibuat.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="198" />
      <source>Cannot add the review fields to '{}': its format does not allow new fields. Save it as a GeoPackage and review the copy.</source>
      <translation>Tidak dapat menambahkan bidang tinjauan ke '{}': formatnya tidak mengizinkan bidang baru. Simpan sebagai GeoPackage dan tinjau salinannya.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="204" />
      <source>Cannot add the review fields to '{}': {}.</source>
      <translation>Tidak dapat menambahkan bidang tinjauan ke '{}': {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="206" />
      <source>the data source refused them</source>
      <translation>sumber data menolaknya</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="210" />
      <source>The review fields {} could not be added.</source>
      <translation>Bidang tinjauan {} tidak dapat ditambahkan.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="259" />
      <source>The layer has no field {}.</source>
      <translation>Lapisan tidak memiliki bidang {}.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="276" />
      <source>The decision on tile {} could not be entered in the open edits of '{}' (it is saved in the file).</source>
      <translation>Keputusan untuk petak {} tidak dapat dimasukkan ke suntingan terbuka '{}' (keputusan tersimpan di berkas).</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="279" />
      <source>The decision on tile {} could not be entered in the open edits of '{}'.</source>
      <translation>Keputusan untuk petak {} tidak dapat dimasukkan ke suntingan terbuka '{}'.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="287" />
      <source>The decision on tile {} could not be saved: the layer '{}' cannot be edited.</source>
      <translation>Keputusan untuk petak {} tidak dapat disimpan: lapisan '{}' tidak dapat disunting.</translation>
    </message>
    <message>
      <location filename="../core/review/store.py" line="299" />
      <location filename="../core/review/store.py" line="306" />
      <source>The decision on tile {} could not be saved: {}.</source>
      <translation>Keputusan untuk petak {} tidak dapat disimpan: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="63" />
      <source>{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.</source>
      <translation>{} petak 1 km di {}; band NIR={}, Merah={}, Hijau={}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="65" />
      <source>Tile grid {}: {}.</source>
      <translation>Grid petak {}: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="116" />
      <source>Device: {}</source>
      <translation>Perangkat: {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="127" />
      <source>{} The tiles done so far are saved in {}; run again with RESUME to continue.</source>
      <translation>{} Petak yang selesai sejauh ini tersimpan di {}; jalankan lagi dengan RESUME untuk melanjutkan.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="132" />
      <source>Tiles per server:
{}</source>
      <translation>Petak per server:
{}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="171" />
      <source>The extent covers {} tiles of 1 km ({}), more than MAX_TILES = {}. Zoom in or set EXTENT to a smaller area, or raise MAX_TILES to {} to run it anyway.</source>
      <translation>Cakupan meliputi {} petak 1 km ({}), lebih dari MAX_TILES = {}. Perbesar atau atur EXTENT ke area yang lebih kecil, atau naikkan MAX_TILES ke {} untuk tetap memprosesnya.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="196" />
      <source>Cannot create the output folder {}: {}. Choose a folder you can write to.</source>
      <translation>Tidak dapat membuat folder keluaran {}: {}. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="200" />
      <source>Cannot write the output {}: permission denied. Choose a folder you can write to.</source>
      <translation>Tidak dapat menulis keluaran {}: izin ditolak. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="206" />
      <source>SCALE must be above 0 (DN = raw x SCALE + OFFSET), not {}. Leave it empty for automatic.</source>
      <translation>SCALE harus di atas 0 (DN = mentah x SCALE + OFFSET), bukan {}. Biarkan kosong untuk otomatis.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="212" />
      <source>Part of the streamed scene cannot be read ({}): the tiles that need it will be ERROR; RESUME retries them.</source>
      <translation>Sebagian citra yang dialirkan tidak dapat dibaca ({}): petak yang membutuhkannya akan menjadi ERROR; RESUME mencobanya lagi.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="217" />
      <source>The raster's values cannot be read: {}. Check the file; for a scene fetched by deforestation:fetch_sentinel2, fetch it again.</source>
      <translation>Nilai raster tidak dapat dibaca: {}. Periksa berkasnya; untuk citra yang diambil oleh deforestation:fetch_sentinel2, ambil lagi.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="225" />
      <source>Values: {}.</source>
      <translation>Nilai: {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="227" />
      <source>Values: used as DN (surface reflectance x 10000) as they are.</source>
      <translation>Nilai: digunakan sebagai DN (reflektansi permukaan x 10000) apa adanya.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="230" />
      <source>This looks like a Sentinel-2 L1C (top-of-atmosphere) product. The model was trained on L2A surface reflectance: expect less reliable labels; use the L2A product of the same date if you can.</source>
      <translation>Ini tampaknya produk Sentinel-2 L1C (puncak atmosfer). Model dilatih dengan reflektansi permukaan L2A: label mungkin kurang andal; gunakan produk L2A dari tanggal yang sama jika bisa.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="244" />
      <source>RC_THRESHOLD needs class probabilities, which the recipe engine does not give; it is ignored. Use the fast scoring engine.</source>
      <translation>RC_THRESHOLD memerlukan probabilitas kelas, yang tidak diberikan mesin resep; nilai ini diabaikan. Gunakan mesin penilaian cepat.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="257" />
      <source>Cannot create the chips folder {}: {}</source>
      <translation>Tidak dapat membuat folder cuplikan {}: {}</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="270" />
      <source>Cloud mask: the fetched scene's SCL {} (CLOUD_MASK not given).</source>
      <translation>Masker awan: SCL citra yang diambil {} (CLOUD_MASK tidak diberikan).</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="287" />
      <source>Cloud mask read as {}.</source>
      <translation>Masker awan dibaca sebagai {}.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>SCL (classes 3, 8, 9, 10)</source>
      <translation>SCL (kelas 3, 8, 9, 10)</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="288" />
      <source>non-zero = cloud</source>
      <translation>bukan nol = awan</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="297" />
      <source>The cloud mask {} has no data over {} tiles (outside it, or its nodata): their cloud_fraction is empty and they were classified without cloud gating. Use a mask that covers the whole extent to gate them.</source>
      <translation>Masker awan {} tidak memiliki data di {} petak (di luar masker, atau nodata-nya): cloud_fraction-nya kosong dan petak tersebut diklasifikasi tanpa penyaringan awan. Gunakan masker yang mencakup seluruh cakupan untuk menyaringnya.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="321" />
      <source>Resuming: {} tiles of this extent already done, same model, settings and raster.</source>
      <translation>Melanjutkan: {} petak cakupan ini sudah selesai, dengan model, pengaturan, dan raster yang sama.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="356" />
      <source>The last tiles could not be saved to {}: {}. The tiles committed before are kept.</source>
      <translation>Petak terakhir tidak dapat disimpan ke {}: {}. Petak yang sudah disimpan sebelumnya dipertahankan.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="367" />
      <source>Cancelled after {} of {} tiles; the output holds the tiles done. Run again with RESUME to finish.</source>
      <translation>Dibatalkan setelah {} dari {} petak; keluaran memuat petak yang sudah selesai. Jalankan lagi dengan RESUME untuk menyelesaikan.</translation>
    </message>
    <message>
      <location filename="../core/run.py" line="372" />
      <source>Every tile is NO_DATA: the extent holds no valid pixel of the raster (DN 0 or nodata). Check the extent and the raster's nodata value.</source>
      <translation>Semua petak NO_DATA: cakupan tidak memuat piksel raster yang valid (DN 0 atau nodata). Periksa cakupan dan nilai nodata raster.</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="97" />
      <source>, {:.2f} s per tile</source>
      <translation>, {:.2f} dtk per petak</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="99" />
      <source> ({} already done)</source>
      <translation> ({} sudah selesai)</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="101" />
      <source>Cancelled: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Dibatalkan: {} dari {} petak{} dalam {} pada {}{}. {}. Keluaran: {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="102" />
      <source>Done: {} of {} tiles{} in {} on {}{}. {}. Output: {}</source>
      <translation>Selesai: {} dari {} petak{} dalam {} pada {}{}. {}. Keluaran: {}</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="104" />
      <source>an unknown device</source>
      <translation>perangkat tidak dikenal</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="105" />
      <source>No new tiles</source>
      <translation>Tidak ada petak baru</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="116" />
      <source>a time that depends on the server</source>
      <translation>waktu yang bergantung pada server</translation>
    </message>
    <message>
      <location filename="../core/run_request.py" line="119" />
      <source>about {} on a 2-core CPU</source>
      <translation>sekitar {} pada CPU 2 inti</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="102" />
      <source>Unknown platform {!r}: choose among {}.</source>
      <translation>Platform tidak dikenal {!r}: pilih di antara {}.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="106" />
      <source>Model file not found: {}. Download the model first (plugin settings), or give the folder that holds it.</source>
      <translation>Berkas model tidak ditemukan: {}. Unduh model terlebih dahulu (pengaturan plugin), atau berikan folder yang memuatnya.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="113" />
      <source>{}/{}: no prebuilt build for this platform, skipped</source>
      <translation>{}/{}: tidak ada build siap pakai untuk platform ini, dilewati</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="127" />
      <source>{}: pip download of {} failed, left out (no prebuilt wheel, or no network: pip's reason is in bundle.json)</source>
      <translation>{}: pip download {} gagal, tidak disertakan (tidak ada wheel siap pakai, atau tidak ada jaringan: alasan pip ada di bundle.json)</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="132" />
      <source>{}: {} wheels</source>
      <translation>{}: {} wheel</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="148" />
      <source>Cancelled: the bundle is incomplete and has no {}. Write it again to use it.</source>
      <translation>Dibatalkan: bundel belum lengkap dan tidak memiliki {}. Tulis ulang untuk memakainya.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="157" />
      <source>{} is not an offline bundle (no readable {}: {}). Choose the folder `make offline-bundle` wrote.</source>
      <translation>{} bukan bundel luring (tidak ada {} yang dapat dibaca: {}). Pilih folder yang ditulis `make offline-bundle`.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="169" />
      <source>The bundle has no wheels for {} (it has: {}). Write a bundle for this platform with `make offline-bundle`, or choose another backend.</source>
      <translation>Bundel tidak memiliki wheel untuk {} (yang ada: {}). Tulis bundel untuk platform ini dengan `make offline-bundle`, atau pilih backend lain.</translation>
    </message>
    <message>
      <location filename="../installer/offline_bundle.py" line="175" />
      <location filename="../installer/offline_bundle.py" line="189" />
      <source>{} is missing or damaged (its SHA-256 differs from bundle.json): copy the bundle again.</source>
      <translation>{} tidak ada atau rusak (SHA-256-nya berbeda dari bundle.json): salin bundel lagi.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="81" />
      <source>Cannot find QGIS's Python {} with pip (tried: {}). Set {} to its interpreter, or install pip for it (Debian/Ubuntu: apt install python3-pip; OSGeo4W: the python3-pip package).</source>
      <translation>Tidak dapat menemukan Python {} milik QGIS dengan pip (dicoba: {}). Atur {} ke interpreternya, atau pasang pip untuknya (Debian/Ubuntu: apt install python3-pip; OSGeo4W: paket python3-pip).</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="135" />
      <source>Unknown backend {!r}; choose one of {}.</source>
      <translation>Backend tidak dikenal {!r}; pilih salah satu dari {}.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="172" />
      <source>Cannot start {}: {}</source>
      <translation>Tidak dapat memulai {}: {}</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="190" />
      <source>Installation cancelled.</source>
      <translation>Pemasangan dibatalkan.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="191" />
      <source>Installation stopped after {} s.</source>
      <translation>Pemasangan dihentikan setelah {} dtk.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="222" />
      <source>Cannot create {}: {}. Set {} to a writable folder.</source>
      <translation>Tidak dapat membuat {}: {}. Atur {} ke folder yang dapat ditulisi.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="238" />
      <source>pip failed (exit code {}). See the log above: there is no prebuilt wheel of {} for this backend and platform, and the source build needs {}. Try another backend (CPU works everywhere), another prebuilt wheel index in the plugin settings, or the managed local llama-server backend, which never compiles.</source>
      <translation>pip gagal (kode keluar {}). Lihat log di atas: tidak ada wheel siap pakai {} untuk backend dan platform ini, dan build dari sumber memerlukan {}. Coba backend lain (CPU berjalan di mana saja), indeks wheel siap pakai lain di pengaturan plugin, atau backend llama-server lokal terkelola, yang tidak pernah mengompilasi.</translation>
    </message>
    <message>
      <location filename="../installer/pip_install.py" line="251" />
      <source>{} was installed into {} but cannot be imported (see the log). Try another backend, or the CPU backend.</source>
      <translation>{} telah dipasang ke {} tetapi tidak dapat diimpor (lihat log). Coba backend lain, atau backend CPU.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="37" />
      <source>No QGIS profile folder to install into; set {}.</source>
      <translation>Tidak ada folder profil QGIS untuk pemasangan; atur {}.</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="70" />
      <source>llama-cpp-python is not installed in QGIS's Python</source>
      <translation>llama-cpp-python belum terpasang di Python QGIS</translation>
    </message>
    <message>
      <location filename="../installer/private_folder.py" line="81" />
      <source>llama-cpp-python is installed but cannot be loaded: {}</source>
      <translation>llama-cpp-python terpasang tetapi tidak dapat dimuat: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="67" />
      <source>This computer looks offline, or its network needs a proxy: check the connection and the proxy in QGIS Settings &gt; Options &gt; Network, then download again. Or fetch the two files another way (the download dialog shows their links) and choose them with 'Use files already on this computer...'.</source>
      <translation>Komputer ini tampaknya luring, atau jaringannya memerlukan proksi: periksa koneksi dan proksi di Pengaturan &gt; Opsi &gt; Jaringan QGIS, lalu unduh lagi. Atau ambil kedua berkas dengan cara lain (dialog unduhan menampilkan tautannya) dan pilih dengan 'Gunakan berkas yang sudah ada di komputer ini...'.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="172" />
      <source>Resuming {} at {:.1f} MB.</source>
      <translation>Melanjutkan {} pada {:.1f} MB.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="204" />
      <source>Cannot reach {} to download {}: {}. {}</source>
      <translation>Tidak dapat menjangkau {} untuk mengunduh {}: {}. {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="207" />
      <source>{:.1f} MB of {:.1f} MB</source>
      <translation>{:.1f} MB dari {:.1f} MB</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="208" />
      <source>{:.1f} MB</source>
      <translation>{:.1f} MB</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="210" />
      <source>Download of {} interrupted at {}: {}. Run it again: it resumes there.</source>
      <translation>Unduhan {} terputus di {}: {}. Jalankan lagi: unduhan dilanjutkan dari sana.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="220" />
      <source>Download of {} ended with {:,} bytes instead of {:,}; the partial file was deleted. Run the download again.</source>
      <translation>Unduhan {} berakhir dengan {:,} bita, bukan {:,}; berkas parsial telah dihapus. Jalankan unduhan lagi.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="226" />
      <source>{} does not match the SHA-256 the server publishes for it (expected {}, got {}): the download was corrupted or the file changed, and it was deleted. Run the download again.</source>
      <translation>{} tidak cocok dengan SHA-256 yang diterbitkan server untuknya (diharapkan {}, didapat {}): unduhan rusak atau berkas berubah, dan berkas telah dihapus. Jalankan unduhan lagi.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="233" />
      <source>{} downloaded from {} is not the file this computer recorded at its first download: expected SHA-256 {} (recorded in {}, {}), got {}. The file on the server changed; it was refused and deleted. If the change is intended (a new version of the model), remove the entry "{}" from {} and download again.</source>
      <translation>{} yang diunduh dari {} bukan berkas yang dicatat komputer ini pada unduhan pertamanya: SHA-256 yang diharapkan {} (tercatat di {}, {}), didapat {}. Berkas di server telah berubah; berkas ditolak dan dihapus. Jika perubahan itu disengaja (versi baru model), hapus entri "{}" dari {} lalu unduh lagi.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="245" />
      <source>The file downloaded from {} was refused and deleted: {}</source>
      <translation>Berkas yang diunduh dari {} ditolak dan dihapus: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="311" />
      <source>Downloading {} from {}/{} into {}. Licence: {}</source>
      <translation>Mengunduh {} dari {}/{} ke {}. Lisensi: {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="320" />
      <source>{} (about {:.1f} MB) from {}</source>
      <translation>{} (sekitar {:.1f} MB) dari {}</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="350" />
      <source>Revision {} (asked for, instead of the pinned or recorded one).</source>
      <translation>Revisi {} (diminta, sebagai ganti yang ditetapkan atau tercatat).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="354" />
      <source>Revision {} (pinned by this plugin version).</source>
      <translation>Revisi {} (ditetapkan oleh versi plugin ini).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="361" />
      <source>Revision {} (recorded at the first download in {}).</source>
      <translation>Revisi {} (tercatat pada unduhan pertama di {}).</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="370" />
      <source>Revision {}: what '{}' is now, recorded in {}; later downloads use this commit.</source>
      <translation>Revisi {}: '{}' saat ini, tercatat di {}; unduhan berikutnya memakai commit ini.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="374" />
      <source>The hub did not say which commit '{}' is: downloading from '{}', and the files' own SHA-256 are recorded at this first download.</source>
      <translation>Hub tidak menyebut commit mana '{}': mengunduh dari '{}', dan SHA-256 berkas itu sendiri dicatat pada unduhan pertama ini.</translation>
    </message>
    <message>
      <location filename="../models/download.py" line="401" />
      <source>The hub published no SHA-256 for {}: its own SHA-256 {} was recorded in {} (trust on first use); later downloads and loads must match it.</source>
      <translation>Hub tidak menerbitkan SHA-256 untuk {}: SHA-256-nya sendiri {} dicatat di {} (percaya pada penggunaan pertama); unduhan dan pemuatan berikutnya harus cocok dengannya.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="97" />
      <source>{} Check HF_ENDPOINT: the model hub answers with http(s) addresses only.</source>
      <translation>{} Periksa HF_ENDPOINT: hub model hanya menjawab dengan alamat http(s).</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="114" />
      <source>The server answered a different byte range ({!r}) than the one asked (from {}). Delete the .part file and try again.</source>
      <translation>Server menjawab rentang bita yang berbeda ({!r}) dari yang diminta (mulai {}). Hapus berkas .part dan coba lagi.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="121" />
      <source>Unexpected HTTP status {}.</source>
      <translation>Status HTTP tak terduga {}.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="133" />
      <source>The repository needs authentication; check the URL and HF_ENDPOINT.</source>
      <translation>Repositori memerlukan autentikasi; periksa URL dan HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="134" />
      <source>Access denied; check the URL, HF_ENDPOINT and the QGIS proxy settings.</source>
      <translation>Akses ditolak; periksa URL, HF_ENDPOINT, dan pengaturan proksi QGIS.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="135" />
      <source>Not found: check HF_ENDPOINT and that the model card still publishes this file.</source>
      <translation>Tidak ditemukan: periksa HF_ENDPOINT dan apakah kartu model masih menerbitkan berkas ini.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="137" />
      <source>Try again later; the download resumes where it stopped.</source>
      <translation>Coba lagi nanti; unduhan dilanjutkan dari titik berhentinya.</translation>
    </message>
    <message>
      <location filename="../models/hub.py" line="138" />
      <source>Download of {} failed: HTTP {} {}. {}</source>
      <translation>Unduhan {} gagal: HTTP {} {}. {}</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="44" />
      <source>{} (derivative of LiquidAI's LFM2.5-VL-450M): research and non-commercial use; commercial-scale use only after reviewing Section 5 of the licence.</source>
      <translation>{} (turunan LFM2.5-VL-450M dari LiquidAI): penelitian dan penggunaan nonkomersial; penggunaan berskala komersial hanya setelah meninjau Bagian 5 lisensi.</translation>
    </message>
    <message>
      <location filename="../models/registry.py" line="127" />
      <source>Licence: {}</source>
      <translation>Lisensi: {}</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="73" />
      <source>{} Check HF_ENDPOINT.</source>
      <translation>{} Periksa HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/transports.py" line="189" />
      <source>{} It was not followed. Check HF_ENDPOINT.</source>
      <translation>{} Pengalihan tidak diikuti. Periksa HF_ENDPOINT.</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="56" />
      <source>The model trust record {} cannot be read ({}).</source>
      <translation>Catatan kepercayaan model {} tidak dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../models/trust.py" line="65" />
      <source>The model trust record {} is damaged ({}); the model files in that folder are not loaded. Delete {} together with the two .gguf files and download them again.</source>
      <translation>Catatan kepercayaan model {} rusak ({}); berkas model di folder itu tidak dimuat. Hapus {} bersama kedua berkas .gguf lalu unduh lagi.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="93" />
      <source>{} ends inside its GGUF header: the file is truncated. {}</source>
      <translation>{} berakhir di dalam header GGUF-nya: berkas terpotong. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="107" />
      <source>{}: implausible {} ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{}: {} tidak masuk akal ({}) di header GGUF; berkas rusak. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="115" />
      <source>{}: implausible string length ({}) in the GGUF header; the file is corrupt. {}</source>
      <translation>{}: panjang string tidak masuk akal ({}) di header GGUF; berkas rusak. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="146" />
      <source>{}: unknown GGUF value type {}; the file is corrupt or from a newer format. {}</source>
      <translation>{}: jenis nilai GGUF tidak dikenal {}; berkas rusak atau berformat lebih baru. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="159" />
      <source>Delete the file and download it again (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model), or copy the model card's file there.</source>
      <translation>Hapus berkas dan unduh lagi (Pengaturan &gt; Opsi &gt; Pengklasifikasi Deforestasi &gt; Unduh model), atau salin berkas kartu model ke sana.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="176" />
      <source>{} is not a GGUF file (it starts with {!r}{}{}). {}</source>
      <translation>{} bukan berkas GGUF (diawali dengan {!r}{}{}). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="177" />
      <source>, it is empty</source>
      <translation>, berkas kosong</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="182" />
      <source>{}: unsupported GGUF version {} (expected 2 or 3). {}</source>
      <translation>{}: versi GGUF {} tidak didukung (diharapkan 2 atau 3). {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="201" />
      <source>{}: tensor {!r} has {} dimensions; the file is corrupt. {}</source>
      <translation>{}: tensor {!r} memiliki {} dimensi; berkas rusak. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="225" />
      <source>; it looks like a web page or an error message saved in place of the model</source>
      <translation>; tampaknya berupa halaman web atau pesan galat yang tersimpan sebagai ganti model</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="234" />
      <source>{} is truncated: {:,} bytes on disk, but its tensor table needs {:,}. The download was probably interrupted. {}</source>
      <translation>{} terpotong: {:,} bita di disk, tetapi tabel tensornya memerlukan {:,}. Unduhan mungkin terputus. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="245" />
      <source>{} is a vision projector (mmproj), not the text model: the two files look swapped. Give the text model (v2_no_coords-Q4_K_M.gguf) as MODEL and the projector (mmproj-v2_no_coords-F16.gguf) as MMPROJ.</source>
      <translation>{} adalah proyektor visi (mmproj), bukan model teks: kedua berkas tampaknya tertukar. Berikan model teks (v2_no_coords-Q4_K_M.gguf) sebagai MODEL dan proyektor (mmproj-v2_no_coords-F16.gguf) sebagai MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="250" />
      <source>{} is a '{}' model, not the LFM2.5-VL text model (general.architecture '{}'). Use the model card's v2_no_coords-Q4_K_M.gguf.</source>
      <translation>{} adalah model '{}', bukan model teks LFM2.5-VL (general.architecture '{}'). Gunakan v2_no_coords-Q4_K_M.gguf dari kartu model.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="255" />
      <source>{} has no token_embd.weight tensor: it is not a complete {} model. {}</source>
      <translation>{} tidak memiliki tensor token_embd.weight: ini bukan model {} yang lengkap. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="260" />
      <source>{} is a text model, not the vision projector: the two files look swapped. Give mmproj-v2_no_coords-F16.gguf as MMPROJ.</source>
      <translation>{} adalah model teks, bukan proyektor visi: kedua berkas tampaknya tertukar. Berikan mmproj-v2_no_coords-F16.gguf sebagai MMPROJ.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="265" />
      <source>{} is not an LFM2 vision projector (general.architecture '{}', clip.projector_type '{}'; expected 'clip' and '{}'). Use the model card's mmproj-v2_no_coords-F16.gguf.</source>
      <translation>{} bukan proyektor visi LFM2 (general.architecture '{}', clip.projector_type '{}'; diharapkan 'clip' dan '{}'). Gunakan mmproj-v2_no_coords-F16.gguf dari kartu model.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="270" />
      <source>{} is a clip file without a vision encoder.</source>
      <translation>{} adalah berkas clip tanpa encoder visi.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="282" />
      <source>{} projects to {} dimensions but {} expects {}: the two files are not a pair. Use the text model and projector of the same model card.</source>
      <translation>{} memproyeksikan ke {} dimensi tetapi {} mengharapkan {}: kedua berkas bukan pasangan. Gunakan model teks dan proyektor dari kartu model yang sama.</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="291" />
      <source>{} is {:.1f} MB, but the model card's file is about {:.1f} MB: it is not the published file. {}</source>
      <translation>{} berukuran {:.1f} MB, tetapi berkas kartu model sekitar {:.1f} MB: ini bukan berkas yang diterbitkan. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="350" />
      <source>{} is {:,} bytes but {:,} were downloaded: the file was changed or damaged since. {}</source>
      <translation>{} berukuran {:,} bita tetapi yang diunduh {:,}: berkas telah diubah atau rusak sejak itu. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="356" />
      <source>{} does not match the SHA-256 recorded at download ({}... vs {}...): the file is corrupt. {}</source>
      <translation>{} tidak cocok dengan SHA-256 yang dicatat saat diunduh ({}... vs {}...): berkas rusak. {}</translation>
    </message>
    <message>
      <location filename="../models/verify.py" line="388" />
      <source>{} not found: {}</source>
      <translation>{} tidak ditemukan: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="31" />
      <source>Alert report (PDF): a page per alert patch</source>
      <translation>Laporan peringatan (PDF): satu halaman per area peringatan</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="40" />
      <location filename="../processing_provider/field_package_algorithm.py" line="65" />
      <source>Compared tiles (output of Compare two dates)</source>
      <translation>Petak yang dibandingkan (keluaran Bandingkan dua tanggal)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="42" />
      <source>Alert patches (optional)</source>
      <translation>Area peringatan (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="44" />
      <location filename="../processing_provider/field_package_algorithm.py" line="67" />
      <source>Clearings (optional)</source>
      <translation>Pembukaan lahan (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="46" />
      <location filename="../processing_provider/compare_algorithm.py" line="94" />
      <location filename="../processing_provider/field_package_algorithm.py" line="69" />
      <source>Image of the earlier date (optional)</source>
      <translation>Citra tanggal sebelum (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="48" />
      <location filename="../processing_provider/compare_algorithm.py" line="96" />
      <location filename="../processing_provider/field_package_algorithm.py" line="71" />
      <source>Image of the later date (optional)</source>
      <translation>Citra tanggal sesudah (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>Report</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="50" />
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="51" />
      <source>Pages</source>
      <translation>Halaman</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="57" />
      <source>INPUT is not an output of Compare two dates: it lacks {}. Choose the compared tiles layer (OUTPUT of deforestation:compare).</source>
      <translation>INPUT bukan keluaran Bandingkan dua tanggal: tidak memiliki {}. Pilih lapisan petak yang dibandingkan (OUTPUT dari deforestation:compare).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alert_report_algorithm.py" line="73" />
      <source>{} pages written to {}: a summary and {} alert patches.</source>
      <translation>{} halaman ditulis ke {}: ringkasan dan {} area peringatan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="82" />
      <source>{} cannot be read as a raster layer: give a Sentinel-2 raster with the B08 and B04 bands.</source>
      <translation>{} tidak dapat dibaca sebagai lapisan raster: berikan raster Sentinel-2 dengan band B08 dan B04.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="94" />
      <source>{}: {} Give {} instead.</source>
      <translation>{}: {} Berikan {} sebagai gantinya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="97" />
      <source>The source raster {} that {} records is not found (moved or deleted): give {}.</source>
      <translation>Raster sumber {} yang dicatat {} tidak ditemukan (dipindahkan atau dihapus): berikan {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="116" />
      <source>{} must be a polygon layer (or, for REFERENCE_ALERTS, a raster).</source>
      <translation>{} harus berupa lapisan poligon (atau, untuk REFERENCE_ALERTS, raster).</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_inputs.py" line="163" />
      <source>REFERENCE_ALERTS cannot be read: give a polygon layer or a raster of alerts.</source>
      <translation>REFERENCE_ALERTS tidak dapat dibaca: berikan lapisan poligon atau raster peringatan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="39" />
      <source>The layer has no tile_id and class_label fields: use an output of Classify deforestation.</source>
      <translation>Lapisan tidak memiliki bidang tile_id dan class_label: gunakan keluaran Klasifikasikan deforestasi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/change_outputs.py" line="52" />
      <source>Cancelled: the output would be incomplete, so none was written. Run the algorithm again to make it.</source>
      <translation>Dibatalkan: keluaran akan tidak lengkap, jadi tidak ada yang ditulis. Jalankan algoritme lagi untuk membuatnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="92" />
      <source>Classify deforestation (1 km tiles)</source>
      <translation>Klasifikasikan deforestasi (petak 1 km)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="98" />
      <source>Sentinel-2 L2A raster</source>
      <translation>Raster Sentinel-2 L2A</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="99" />
      <source>Extent</source>
      <translation>Cakupan</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="100" />
      <source>NIR band (B08)</source>
      <translation>Band NIR (B08)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="101" />
      <source>Red band (B04)</source>
      <translation>Band merah (B04)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="102" />
      <source>Green band (B03)</source>
      <translation>Band hijau (B03)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="105" />
      <source>Scale from stored values to DN</source>
      <translation>Skala dari nilai tersimpan ke DN</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="108" />
      <source>Offset added after the scale (DN)</source>
      <translation>Offset yang ditambahkan setelah skala (DN)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="111" />
      <source>Text model (GGUF)</source>
      <translation>Model teks (GGUF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="115" />
      <source>Vision projector (mmproj GGUF)</source>
      <translation>Proyektor visi (GGUF mmproj)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="119" />
      <source>Inference engine</source>
      <translation>Mesin inferensi</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="120" />
      <source>Fast scoring with class probabilities</source>
      <translation>Penilaian cepat dengan probabilitas kelas</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="121" />
      <source>Model card recipe (chat completion, label only)</source>
      <translation>Resep kartu model (chat completion, hanya label)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="124" />
      <location filename="../processing_provider/relabel_algorithm.py" line="47" />
      <source>RECENTLY_CLEARED probability threshold</source>
      <translation>Ambang probabilitas RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="128" />
      <source>Cloud mask (SCL band or mask layer)</source>
      <translation>Masker awan (band SCL atau lapisan masker)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="130" />
      <source>Cloud mask type</source>
      <translation>Jenis masker awan</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Automatic (SCL when named so)</source>
      <translation>Otomatis (SCL bila dinamai demikian)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="131" />
      <source>Sentinel-2 SCL</source>
      <translation>SCL Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="132" />
      <source>Non-zero means cloud</source>
      <translation>Bukan nol berarti awan</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="135" />
      <source>Maximum cloud cover per tile (%)</source>
      <translation>Tutupan awan maksimum per petak (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="139" />
      <source>Minimum valid-data fraction</source>
      <translation>Fraksi data valid minimum</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="143" />
      <source>Maximum number of tiles</source>
      <translation>Jumlah petak maksimum</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="147" />
      <source>Resume into an existing output</source>
      <translation>Lanjutkan ke keluaran yang ada</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="150" />
      <source>Overwrite an existing output</source>
      <translation>Timpa keluaran yang ada</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="153" />
      <source>Folder for the chips fed to the model</source>
      <translation>Folder untuk cuplikan yang diberikan ke model</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="156" />
      <source>Deforestation tiles</source>
      <translation>Petak deforestasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="158" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="78" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="99" />
      <source>Tiles</source>
      <translation>Petak</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="163" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="102" />
      <location filename="../ui/layer_tree.py" line="38" />
      <source>{} tiles</source>
      <translation>{} petak</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="222" />
      <location filename="../processing_provider/compare_algorithm.py" line="175" />
      <location filename="../processing_provider/relabel_algorithm.py" line="129" />
      <source>The style could not be saved: {}</source>
      <translation>Gaya tidak dapat disimpan: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="224" />
      <source>The layer metadata could not be saved: {}</source>
      <translation>Metadata lapisan tidak dapat disimpan: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="236" />
      <source>INPUT is not a raster layer.</source>
      <translation>INPUT bukan lapisan raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="239" />
      <source>INPUT must be a raster read by GDAL (a file, VRT or SENTINEL2 subdataset); this layer comes from the '{}' provider.</source>
      <translation>INPUT harus berupa raster yang dibaca GDAL (berkas, VRT, atau subdataset SENTINEL2); lapisan ini berasal dari penyedia '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="245" />
      <source>The raster '{}' has {} band(s); the classifier needs B03, B04 and B08 in one raster. For separate band files (one per band, as in a SAFE folder or an Earth Search download), run Processing Toolbox &gt; Deforestation Classifier &gt; 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first, then classify the VRT.</source>
      <translation>Raster '{}' memiliki {} band; pengklasifikasi memerlukan B03, B04, dan B08 dalam satu raster. Untuk berkas band terpisah (satu per band, seperti di folder SAFE atau unduhan Earth Search), jalankan dulu Kotak Alat Processing &gt; Pengklasifikasi Deforestasi &gt; 'Tumpuk berkas band Sentinel-2 (B03, B04, B08) menjadi VRT', lalu klasifikasikan VRT-nya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="81" />
      <source>Compare two dates: deforestation alerts and patches</source>
      <translation>Bandingkan dua tanggal: peringatan dan area deforestasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="87" />
      <source>Tiles of the earlier date (optional)</source>
      <translation>Petak tanggal sebelum (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="90" />
      <source>Tiles of the later date</source>
      <translation>Petak tanggal sesudah</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="98" />
      <source>Minimum clearing area (ha)</source>
      <translation>Luas pembukaan minimum (ha)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="101" />
      <source>Overlay: protected areas, properties, concessions (optional)</source>
      <translation>Tumpang susun: kawasan lindung, persil, konsesi (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="104" />
      <source>Overlay field naming each polygon</source>
      <translation>Bidang tumpang susun yang menamai setiap poligon</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="107" />
      <source>Reference alerts of another system (optional)</source>
      <translation>Peringatan rujukan dari sistem lain (opsional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="111" />
      <source>Compared tiles</source>
      <translation>Petak yang dibandingkan</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="113" />
      <source>Alert patches</source>
      <translation>Area peringatan</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="118" />
      <source>Folder for GeoJSON, KML and CSV exports</source>
      <translation>Folder untuk ekspor GeoJSON, KML, dan CSV</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="121" />
      <source>Patches</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="123" />
      <source>Tiles compared</source>
      <translation>Petak dibandingkan</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="124" />
      <source>Tiles only in BEFORE</source>
      <translation>Petak hanya di BEFORE</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="125" />
      <source>Tiles only in AFTER</source>
      <translation>Petak hanya di AFTER</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_algorithm.py" line="127" />
      <source>Tiles without a class in one of the dates</source>
      <translation>Petak tanpa kelas pada salah satu tanggal</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="17" />
      <source>Diagnostics report (to paste when something goes wrong)</source>
      <translation>Laporan diagnostik (untuk ditempel saat ada masalah)</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="22" />
      <source>Diagnostics report</source>
      <translation>Laporan diagnostik</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="31" />
      <source>Cannot write the report to {} ({}). Choose a file in a folder you can write to.</source>
      <translation>Tidak dapat menulis laporan ke {} ({}). Pilih berkas di folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/diagnostics_algorithm.py" line="34" />
      <source>Diagnostics written to {} ({} lines). Read it before you share it.</source>
      <translation>Diagnostik ditulis ke {} ({} baris). Baca sebelum Anda membagikannya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="35" />
      <source>Evaluate classified tiles against reference labels</source>
      <translation>Evaluasi petak terklasifikasi terhadap label rujukan</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="41" />
      <source>Tiles with predicted and reference labels</source>
      <translation>Petak dengan label prediksi dan rujukan</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="46" />
      <source>Predicted label field</source>
      <translation>Bidang label prediksi</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="49" />
      <source>Reference label field</source>
      <translation>Bidang label rujukan</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="52" />
      <source>Evaluation report</source>
      <translation>Laporan evaluasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="53" />
      <source>HTML files (*.html)</source>
      <translation>Berkas HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="55" />
      <source>Accuracy</source>
      <translation>Akurasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="56" />
      <source>Macro F1</source>
      <translation>F1 makro</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="57" />
      <source>RECENTLY_CLEARED recall</source>
      <translation>Recall RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="58" />
      <source>Tiles evaluated</source>
      <translation>Petak yang dievaluasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="59" />
      <source>Tiles left out</source>
      <translation>Petak yang tidak disertakan</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="74" />
      <source>PREDICTED_FIELD and REFERENCE_FIELD are both '{}'; choose the field with the model's class and the field with the true class.</source>
      <translation>PREDICTED_FIELD dan REFERENCE_FIELD sama-sama '{}'; pilih bidang berisi kelas model dan bidang berisi kelas sebenarnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/evaluate_algorithm.py" line="125" />
      <source>{} '{}' is not a field of INPUT (fields: {}). Choose the field that holds the {} class.</source>
      <translation>{} '{}' bukan bidang INPUT (bidang: {}). Pilih bidang yang memuat kelas {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="44" />
      <source>Fetch Sentinel-2 L2A over an area (Earth Search)</source>
      <translation>Ambil Sentinel-2 L2A untuk suatu area (Earth Search)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="48" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="49" />
      <source>Start date</source>
      <translation>Tanggal mulai</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="51" />
      <source>End date</source>
      <translation>Tanggal akhir</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="54" />
      <source>Maximum scene cloud cover (%)</source>
      <translation>Tutupan awan citra maksimum (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="57" />
      <source>STAC API</source>
      <translation>API STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="59" />
      <source>Collection</source>
      <translation>Koleksi</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="62" />
      <source>Every 1 km tile from its clearest acquisition</source>
      <translation>Setiap petak 1 km dari akuisisinya yang paling cerah</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="65" />
      <source>Copy the clipped bands to local GeoTIFFs</source>
      <translation>Salin band yang dipotong ke GeoTIFF lokal</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="68" />
      <source>Sentinel-2 VRT</source>
      <translation>VRT Sentinel-2</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="69" />
      <source>SCL of the scene</source>
      <translation>SCL citra</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="70" />
      <source>STAC item ids</source>
      <translation>ID item STAC</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="71" />
      <source>Acquisition time (comma-separated with PER_TILE)</source>
      <translation>Waktu akuisisi (dipisahkan koma dengan PER_TILE)</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="80" />
      <source>EXTENT is empty: draw or choose an area.</source>
      <translation>EXTENT kosong: gambar atau pilih area.</translation>
    </message>
    <message>
      <location filename="../processing_provider/fetch_sentinel2_algorithm.py" line="104" />
      <source>Wrote {} (SCL {}).</source>
      <translation>Menulis {} (SCL {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="55" />
      <source>Merge field decisions into the compare output</source>
      <translation>Gabungkan keputusan lapangan ke keluaran perbandingan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="64" />
      <source>Compared tiles (output of Compare two dates), written to</source>
      <translation>Petak yang dibandingkan (keluaran Bandingkan dua tanggal), ditulis ke</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="67" />
      <source>Field GeoPackage (from Field package, edited in the field)</source>
      <translation>GeoPackage lapangan (dari Paket lapangan, disunting di lapangan)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="69" />
      <source>Field decisions written</source>
      <translation>Keputusan lapangan ditulis</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="70" />
      <source>Conflicts: the office's decision kept</source>
      <translation>Konflik: keputusan kantor dipertahankan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_merge_algorithm.py" line="71" />
      <source>Tiles unchanged in the field</source>
      <translation>Petak yang tidak berubah di lapangan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="60" />
      <source>Field package for QField: alerts, chips and the review form</source>
      <translation>Paket lapangan untuk QField: peringatan, cuplikan, dan formulir tinjauan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="73" />
      <source>Field package folder</source>
      <translation>Folder paket lapangan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="74" />
      <source>Field GeoPackage</source>
      <translation>GeoPackage lapangan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="75" />
      <source>Field project</source>
      <translation>Proyek lapangan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="76" />
      <source>Tiles in the package</source>
      <translation>Petak dalam paket</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="77" />
      <source>Chips attached</source>
      <translation>Cuplikan terlampir</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="84" />
      <source>INPUT must be the compared tiles GeoPackage (OUTPUT of deforestation:compare); this layer lacks {}.</source>
      <translation>INPUT harus berupa GeoPackage petak yang dibandingkan (OUTPUT dari deforestation:compare); lapisan ini tidak memiliki {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="86" />
      <source>a file</source>
      <translation>sebuah berkas</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_package_algorithm.py" line="103" />
      <source>{} tiles, {} clearings and {} chips packaged in {}: open {} in QField.</source>
      <translation>{} petak, {} pembukaan lahan, dan {} cuplikan dikemas di {}: buka {} di QField.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="55" />
      <source>Confirmed: the model is right</source>
      <translation>Dikonfirmasi: model benar</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="56" />
      <source>Corrected: another class (for an alert, rejected)</source>
      <translation>Dikoreksi: kelas lain (untuk peringatan, ditolak)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="57" />
      <source>Unclear: cannot tell</source>
      <translation>Tidak jelas: tidak dapat ditentukan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="68" />
      <source>(none)</source>
      <translation>(tidak ada)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <location filename="../processing_provider/field_project.py" line="123" />
      <source>Decision</source>
      <translation>Keputusan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="100" />
      <source>Class seen</source>
      <translation>Kelas yang terlihat</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="101" />
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="101" />
      <source>Reviewer</source>
      <translation>Peninjau</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="102" />
      <source>Note</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="102" />
      <source>Decided at (UTC)</source>
      <translation>Diputuskan pada (UTC)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="103" />
      <source>Earlier image</source>
      <translation>Citra sebelum</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="104" />
      <source>Later image</source>
      <translation>Citra sesudah</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="112" />
      <source>A decision needs the reviewer's name.</source>
      <translation>Keputusan memerlukan nama peninjau.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="124" />
      <source>Chips</source>
      <translation>Cuplikan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Tile</source>
      <translation>Petak</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="125" />
      <source>Audit (office)</source>
      <translation>Audit (kantor)</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="144" />
      <source>Deforestation alerts: field review</source>
      <translation>Peringatan deforestasi: tinjauan lapangan</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="145" />
      <source>Alerts to review</source>
      <translation>Peringatan untuk ditinjau</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="147" />
      <source>The field package {} cannot be read by QGIS.</source>
      <translation>Paket lapangan {} tidak dapat dibaca oleh QGIS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="162" />
      <source>The project {} could not be written: {}</source>
      <translation>Proyek {} tidak dapat ditulis: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/field_project.py" line="163" />
      <source>QGIS refused it</source>
      <translation>QGIS menolaknya</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="72" />
      <source>Hansen reference labels for tiles</source>
      <translation>Label rujukan Hansen untuk petak</translation>
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
      <translation>Tahun pertama jendela kehilangan baru</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="86" />
      <source>Last year of the recent-loss window</source>
      <translation>Tahun terakhir jendela kehilangan baru</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="88" />
      <source>Canopy threshold (%)</source>
      <translation>Ambang tutupan tajuk (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="90" />
      <source>Standing-forest fraction for STANDING_FOREST</source>
      <translation>Fraksi hutan berdiri untuk STANDING_FOREST</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="93" />
      <source>Recent-loss fraction for RECENTLY_CLEARED</source>
      <translation>Fraksi kehilangan baru untuk RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="97" />
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="159" />
      <source>Tiles with Hansen reference labels</source>
      <translation>Petak dengan label rujukan Hansen</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="165" />
      <source>The parameters could not be stored with the output: {}</source>
      <translation>Parameter tidak dapat disimpan bersama keluaran: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="188" />
      <source>{} is not a raster layer.</source>
      <translation>{} bukan lapisan raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="191" />
      <source>{} must be a raster read by GDAL (a GeoTIFF granule or a VRT); this layer comes from the '{}' provider.</source>
      <translation>{} harus berupa raster yang dibaca GDAL (granul GeoTIFF atau VRT); lapisan ini berasal dari penyedia '{}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hansen_labels_algorithm.py" line="224" />
      <source>INPUT already has {}: replaced by the new values.</source>
      <translation>INPUT sudah memiliki {}: diganti dengan nilai baru.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="36" />
      <source>Parameter</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="37" />
      <source>Description</source>
      <translation>Deskripsi</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="41" />
      <source>Finds forest, recent clearing and long-term non-forest in a Sentinel-2 image: the area is cut into squares of 1 km and each square gets one of the three labels, with the model's probability for each label where the engine gives them, in a polygon layer you can review tile by tile. With the default embedded llama.cpp engine (or the local llama-server the plugin starts) everything runs on this computer. With the OpenAI-compatible server backend (plugin settings), each tile's chip is sent as a PNG image to the configured server, which classifies it.

The input needs the green, red and near-infrared bands (B03, B04, B08) in one raster: for separate band files, run 'Stack Sentinel-2 band files (B03, B04, B08) into a VRT' first. Squares only partly covered by the image (less than MIN_VALID_FRACTION, default 90 %, of valid pixels) are left INSUFFICIENT_DATA.

How it works: cuts the raster into 1 km x 1 km tiles on a grid aligned to whole kilometres (the raster's own CRS when it is a UTM zone, whatever its datum; for any other CRS, such as degrees, Web Mercator or a national grid, the WGS 84 UTM zone of the centre of the area classified), renders each tile as a 100 x 100 px false-colour chip (R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and classifies it as STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with the fine-tuned LFM2.5-VL-450M model, through llama.cpp on this computer or on the configured server.

Output: one 1 km square per tile with tile_id (the same ground square gets the same id in every run on the same grid), class_label, confidence and per-class probabilities (empty with the recipe engine, which yields a label only, and with a server that gives no log-probabilities), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date and image_id. Tiles without enough valid pixels or above the cloud limit are not classified. Tiles are saved as the run goes (every 10 tiles or 5 seconds, whichever comes first): a cancelled run keeps them, and RESUME continues it. The style is saved inside the GeoPackage.

Model licence: LFM Open License v1.0, research and non-commercial scope.</source>
      <translation>Menemukan hutan, pembukaan lahan baru, dan bukan hutan jangka panjang dalam citra Sentinel-2: area dipotong menjadi persegi 1 km dan setiap persegi mendapat salah satu dari tiga label, dengan probabilitas model untuk setiap label bila mesin memberikannya, dalam lapisan poligon yang dapat Anda tinjau petak demi petak. Dengan mesin llama.cpp tertanam bawaan (atau llama-server lokal yang dijalankan plugin) semuanya berjalan di komputer ini. Dengan backend server yang kompatibel dengan OpenAI (pengaturan plugin), cuplikan setiap petak dikirim sebagai citra PNG ke server yang dikonfigurasi, yang mengklasifikasinya.

Masukan memerlukan band hijau, merah, dan inframerah dekat (B03, B04, B08) dalam satu raster: untuk berkas band terpisah, jalankan dulu 'Tumpuk berkas band Sentinel-2 (B03, B04, B08) menjadi VRT'. Persegi yang hanya sebagian tercakup citra (kurang dari MIN_VALID_FRACTION, bawaan 90 %, piksel valid) dibiarkan INSUFFICIENT_DATA.

Cara kerjanya: memotong raster menjadi petak 1 km x 1 km pada grid yang selaras dengan kilometer utuh (CRS raster sendiri bila berupa zona UTM, apa pun datumnya; untuk CRS lain, seperti derajat, Web Mercator, atau grid nasional, zona UTM WGS 84 dari pusat area yang diklasifikasi), merender setiap petak sebagai cuplikan warna semu 100 x 100 px (R = B08 NIR, G = B04 Merah, B = B03 Hijau; DN / 3000 x 255), dan mengklasifikasinya sebagai STANDING_FOREST, RECENTLY_CLEARED, atau LONG_TERM_NON_FOREST dengan model LFM2.5-VL-450M yang telah disetel, melalui llama.cpp di komputer ini atau di server yang dikonfigurasi.

Keluaran: satu persegi 1 km per petak dengan tile_id (persegi yang sama di lapangan mendapat ID yang sama di setiap proses pada grid yang sama), class_label, confidence, dan probabilitas per kelas (kosong dengan mesin resep, yang hanya menghasilkan label, dan dengan server yang tidak memberi log-probabilitas), status (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date, dan image_id. Petak tanpa cukup piksel valid atau di atas batas awan tidak diklasifikasi. Petak disimpan selama proses berjalan (setiap 10 petak atau 5 detik, mana yang lebih dulu): proses yang dibatalkan mempertahankannya, dan RESUME meneruskannya. Gayanya disimpan di dalam GeoPackage.

Lisensi model: LFM Open License v1.0, lingkup penelitian dan nonkomersial.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="73" />
      <source>A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08: a GDAL SENTINEL2_L2A: subdataset (SAFE folder or zip), a GeoTIFF stack or a VRT. Values are surface reflectance x 10000 (Earth Search COGs, GEE S2_SR_HARMONIZED). Float reflectance 0..1 is recognised; the BOA offset of processing baseline 04.00+ is removed where the product states it (SAFE products, the VRTs of stack_bands and fetch_sentinel2), and a warning names OFFSET where only the values suggest it.</source>
      <translation>Raster Sentinel-2 L2A multiband dengan band B03, B04, dan B08: subdataset GDAL SENTINEL2_L2A: (folder SAFE atau zip), tumpukan GeoTIFF, atau VRT. Nilainya reflektansi permukaan x 10000 (COG Earth Search, GEE S2_SR_HARMONIZED). Reflektansi desimal 0..1 dikenali; offset BOA baseline pemrosesan 04.00+ dihapus bila produk menyatakannya (produk SAFE, VRT dari stack_bands dan fetch_sentinel2), dan peringatan menyebut OFFSET bila hanya nilainya yang mengisyaratkannya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="81" />
      <source>Area to classify. Every 1 km tile that intersects both this extent and the raster is processed. Default: the whole raster.</source>
      <translation>Area yang akan diklasifikasi. Setiap petak 1 km yang beririsan dengan cakupan ini dan raster diproses. Bawaan: seluruh raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="84" />
      <source>Band number. Default: detected from the band descriptions (B08, B8 or 'nir'; never B8A or 'nir08').</source>
      <translation>Nomor band. Bawaan: dideteksi dari deskripsi band (B08, B8, atau 'nir'; tidak pernah B8A atau 'nir08').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="87" />
      <source>Band number. Default: detected from the band descriptions (B04, B4 or 'red').</source>
      <translation>Nomor band. Bawaan: dideteksi dari deskripsi band (B04, B4, atau 'red').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="90" />
      <source>Band number. Default: detected from the band descriptions (B03, B3 or 'green').</source>
      <translation>Nomor band. Bawaan: dideteksi dari deskripsi band (B03, B3, atau 'green').</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="93" />
      <source>DN = raw value x SCALE + OFFSET, where DN is surface reflectance x 10000 as in the training chips. Default: automatic (1 for DN; 10000 for float reflectance 0..1, recognised by its median). Set 10 for a product stored as reflectance x 1000.</source>
      <translation>DN = nilai mentah x SCALE + OFFSET, dengan DN adalah reflektansi permukaan x 10000 seperti pada cuplikan pelatihan. Bawaan: otomatis (1 untuk DN; 10000 untuk reflektansi desimal 0..1, dikenali dari mediannya). Atur 10 untuk produk yang disimpan sebagai reflektansi x 1000.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="98" />
      <source>DN = raw value x SCALE + OFFSET: OFFSET is in DN (reflectance x 10000), added after SCALE, to each of the three bands. Default: read from the product (the band offset deforestation:stack_bands writes, BOA_ADD_OFFSET -1000 of SAFE L2A of processing baseline 04.00 and later), else 0 (Earth Search COGs and GEE S2_SR_HARMONIZED are already harmonised). Set -1000 for baseline 04.00+ DN that still carry the offset.</source>
      <translation>DN = nilai mentah x SCALE + OFFSET: OFFSET dalam DN (reflektansi x 10000), ditambahkan setelah SCALE, ke masing-masing dari tiga band. Bawaan: dibaca dari produk (offset band yang ditulis deforestation:stack_bands, BOA_ADD_OFFSET -1000 dari SAFE L2A baseline pemrosesan 04.00 dan sesudahnya), jika tidak 0 (COG Earth Search dan GEE S2_SR_HARMONIZED sudah diharmonisasi). Atur -1000 untuk DN baseline 04.00+ yang masih membawa offset.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="105" />
      <source>The model card's text model, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>Model teks dari kartu model, untuk mesin llama.cpp tertanam dan llama-server lokal yang dijalankan plugin; server yang kompatibel dengan OpenAI memakai modelnya sendiri. Bawaan: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="109" />
      <source>The model card's vision projector, for the embedded llama.cpp engine and the local llama-server the plugin starts; an OpenAI-compatible server uses its own. Default: {}</source>
      <translation>Proyektor visi dari kartu model, untuk mesin llama.cpp tertanam dan llama-server lokal yang dijalankan plugin; server yang kompatibel dengan OpenAI memakai miliknya sendiri. Bawaan: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="113" />
      <source>Fast scoring gives a probability for each of the three labels and is the one to use (it reads the instructions once and compares the model's three possible answers); the recipe runs the card's chat completion under a JSON-schema grammar for every tile (slower, label only). Only the embedded llama.cpp backend uses it: with a server backend (plugin settings) the server answers, with probabilities where it gives log-probabilities.</source>
      <translation>Penilaian cepat memberi probabilitas untuk masing-masing dari tiga label dan inilah yang sebaiknya dipakai (membaca instruksi sekali dan membandingkan tiga jawaban yang mungkin dari model); resep menjalankan chat completion kartu model di bawah tata bahasa JSON-schema untuk setiap petak (lebih lambat, hanya label). Hanya backend llama.cpp tertanam yang memakainya: dengan backend server (pengaturan plugin) server yang menjawab, dengan probabilitas bila server memberi log-probabilitas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="120" />
      <source>When set, a tile whose RECENTLY_CLEARED probability reaches it is labelled RECENTLY_CLEARED even if another class scores higher: lower it to miss fewer clearings at the cost of more tiles to review. Needs class probabilities (the fast scoring engine, or a server that gives log-probabilities): ignored with the recipe engine.</source>
      <translation>Bila diisi, petak yang probabilitas RECENTLY_CLEARED-nya mencapai nilai ini diberi label RECENTLY_CLEARED meskipun kelas lain bernilai lebih tinggi: turunkan agar lebih sedikit pembukaan lahan terlewat, dengan konsekuensi lebih banyak petak untuk ditinjau. Memerlukan probabilitas kelas (mesin penilaian cepat, atau server yang memberi log-probabilitas): diabaikan pada mesin resep.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="126" />
      <source>A Sentinel-2 scene classification (SCL: classes 3, 8, 9, 10 are cloud or cloud shadow) or any raster where non-zero means cloud. Tiles above MAX_CLOUD get status CLOUDY and are not classified. Default: none, except for a scene from deforestation:fetch_sentinel2, whose SCL is used.</source>
      <translation>Klasifikasi citra Sentinel-2 (SCL: kelas 3, 8, 9, 10 adalah awan atau bayangan awan) atau raster apa pun dengan nilai bukan nol berarti awan. Petak di atas MAX_CLOUD mendapat status CLOUDY dan tidak diklasifikasi. Bawaan: tidak ada, kecuali untuk citra dari deforestation:fetch_sentinel2, yang SCL-nya digunakan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="131" />
      <source>How to read CLOUD_MASK. Automatic treats it as SCL when its name or band description says SCL.</source>
      <translation>Cara membaca CLOUD_MASK. Otomatis memperlakukannya sebagai SCL bila nama atau deskripsi band-nya menyebut SCL.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="134" />
      <source>The model was trained on tiles with at most 10 % cloud; classifying through cloud is undefined.</source>
      <translation>Model dilatih pada petak dengan awan paling banyak 10 %; mengklasifikasi menembus awan tidak terdefinisi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="137" />
      <source>Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are not classified: the model was trained on whole tiles, and a tile cut by the image's edge would be labelled from a partly black chip. Default 0.9; 0 classifies every tile with any valid pixel. Tiles with no valid pixel are always NO_DATA.</source>
      <translation>Petak dengan fraksi piksel valid yang lebih kecil mendapat status INSUFFICIENT_DATA dan tidak diklasifikasi: model dilatih pada petak utuh, dan petak yang terpotong tepi citra akan diberi label dari cuplikan yang sebagian hitam. Bawaan 0,9; 0 mengklasifikasi setiap petak yang memiliki piksel valid. Petak tanpa piksel valid selalu NO_DATA.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="143" />
      <source>A larger extent is refused with an estimate of its run time, so that a whole scene is not started by accident; raise it to run such an extent.</source>
      <translation>Cakupan yang lebih besar ditolak dengan perkiraan waktu prosesnya, agar seluruh citra tidak terproses tanpa sengaja; naikkan nilai ini untuk memproses cakupan seperti itu.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="146" />
      <source>When OUTPUT exists (e.g. from a cancelled run), keep its tiles and classify only the missing ones (and unreviewed ones that ended in ERROR). Refused, with what differs, when the output was made from other imagery or with another model (SHA-256, or the server's model), engine, grid, bands, SCALE/OFFSET, RC_THRESHOLD, cloud or valid-data settings.</source>
      <translation>Bila OUTPUT sudah ada (mis. dari proses yang dibatalkan), pertahankan petaknya dan klasifikasikan hanya yang belum ada (serta yang belum ditinjau dan berakhir ERROR). Ditolak, beserta perbedaannya, bila keluaran dibuat dari citra lain atau dengan model lain (SHA-256, atau model server), mesin, grid, band, SCALE/OFFSET, RC_THRESHOLD, pengaturan awan atau data valid yang berbeda.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="152" />
      <source>When OUTPUT exists and RESUME is off, delete it and start again: its tiles and review decisions are lost. Without RESUME or OVERWRITE an existing OUTPUT is never touched: the run is refused.</source>
      <translation>Bila OUTPUT sudah ada dan RESUME mati, hapus lalu mulai lagi: petak dan keputusan tinjauannya hilang. Tanpa RESUME atau OVERWRITE, OUTPUT yang ada tidak pernah disentuh: proses ditolak.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="156" />
      <source>When set, the chip of each tile given to the model is written there as a PNG named after its tile_id, pixel for pixel as the model saw it.</source>
      <translation>Bila diisi, cuplikan setiap petak yang diberikan ke model ditulis di sana sebagai PNG yang dinamai menurut tile_id-nya, piksel demi piksel seperti yang dilihat model.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="159" />
      <source>GeoPackage of 1 km tiles, written as tiles finish; the style is stored inside.</source>
      <translation>GeoPackage petak 1 km, ditulis seiring petak selesai; gayanya disimpan di dalamnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="165" />
      <source>Compares two outputs of Classify deforestation on the same 1 km grid, tile by tile (the tile ids line up). Where an analyst set reviewed_label in the review dock, it overrides the model's class_label.

OUTPUT: one row per tile present and classified in both, with label_before, label_after, transition (e.g. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 where STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, prob_recently_cleared_after, the patch_id of alert tiles and the centroid's longitude and latitude.

PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the forest was seen and the earliest date it was seen gone.

Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).

Clearings (docs/ALERTS.md): in alert tiles, tiles kept as forest and alert tiles' neighbours, the 10 m pixels vegetated (NDVI 0.6 or more) in the earlier image and cleared (NDVI below 0.5) in the later one, seen in both (not nodata, cloud, shadow or snow in the SCL where known, nor as bright in red as a cloud); edge-connected across tile borders; those under MIN_AREA_HA dropped. OUTPUT tiles get cleared_ha and confidence: highest (alert, clearing and REFERENCE_ALERTS agree), high (alert and clearing), low (alert, no clearing: a false flag or an older clearing; none when under half the tile was seen), candidate (kept as forest, with a clearing). One image alone gives no clearings (no fresh clearing from old pasture).

Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR without review), are counted and reported, never guessed. Layers on different grids are refused. EXPORT_FOLDER also writes the alerts, patches and clearings as GeoJSON, KML and CSV for a field team.</source>
      <translation>Membandingkan dua keluaran Klasifikasikan deforestasi pada grid 1 km yang sama, petak demi petak (ID petak sejajar). Bila analis mengisi reviewed_label di panel tinjauan, nilai itu menggantikan class_label model.

OUTPUT: satu baris per petak yang ada dan terklasifikasi di keduanya, dengan label_before, label_after, transition (mis. STANDING_FOREST&gt;RECENTLY_CLEARED), alert (1 bila STANDING_FOREST menjadi RECENTLY_CLEARED atau LONG_TERM_NON_FOREST), tanggal citra, prob_recently_cleared_after, patch_id petak peringatan, serta bujur dan lintang sentroid.

PATCHES: petak peringatan yang berbagi tepi digabung menjadi satu poligon masing-masing (tetangga diagonal adalah area terpisah), yang terbesar dulu: patch_id, n_tiles, area_ha (di lapangan, sekitar 100 ha per petak), max_prob_recently_cleared, tanggal terakhir hutan terlihat, dan tanggal paling awal hutan terlihat hilang.

Tanpa BEFORE, petak RECENTLY_CLEARED dari AFTER menjadi peringatan (satu tanggal).

Pembukaan lahan (docs/ALERTS.md): di petak peringatan, petak yang tetap dianggap hutan, dan tetangga petak peringatan, piksel 10 m yang bervegetasi (NDVI 0,6 atau lebih) di citra sebelum dan terbuka (NDVI di bawah 0,5) di citra sesudah, terlihat di keduanya (bukan nodata, awan, bayangan, atau salju di SCL bila diketahui, dan tidak seterang awan pada band merah); terhubung lewat tepi melintasi batas petak; yang di bawah MIN_AREA_HA dibuang. Petak OUTPUT mendapat cleared_ha dan confidence: highest (peringatan, pembukaan lahan, dan REFERENCE_ALERTS sesuai), high (peringatan dan pembukaan lahan), low (peringatan tanpa pembukaan lahan: peringatan palsu atau pembukaan lama; tanpa tingkat bila kurang dari setengah petak terlihat), candidate (tetap dianggap hutan, dengan pembukaan lahan). Satu citra saja tidak menghasilkan pembukaan lahan (pembukaan baru tidak dapat dibedakan dari padang rumput lama).

Petak yang hanya ada di satu lapisan, atau tanpa kelas di salah satunya (NO_DATA, CLOUDY, ERROR tanpa tinjauan), dihitung dan dilaporkan, tidak pernah ditebak. Lapisan pada grid yang berbeda ditolak. EXPORT_FOLDER juga menulis peringatan, area, dan pembukaan lahan sebagai GeoJSON, KML, dan CSV untuk tim lapangan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="193" />
      <source>An output of Classify deforestation for the earlier date. Leave empty to take the RECENTLY_CLEARED tiles of AFTER as the alerts.</source>
      <translation>Keluaran Klasifikasikan deforestasi untuk tanggal sebelum. Biarkan kosong untuk memakai petak RECENTLY_CLEARED dari AFTER sebagai peringatan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="196" />
      <source>An output of Classify deforestation for the later date, on the same grid.</source>
      <translation>Keluaran Klasifikasikan deforestasi untuk tanggal sesudah, pada grid yang sama.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="198" />
      <source>The image of the earlier date (B08, B04). Default: the raster BEFORE records, with its bands, scaling and cloud mask. Without BEFORE, it gives clearings.</source>
      <translation>Citra tanggal sebelum (B08, B04). Bawaan: raster yang dicatat BEFORE, dengan band, penskalaan, dan masker awannya. Tanpa BEFORE, citra ini menghasilkan pembukaan lahan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="201" />
      <source>The image of the later date. Default: the raster AFTER records.</source>
      <translation>Citra tanggal sesudah. Bawaan: raster yang dicatat AFTER.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="203" />
      <source>Minimum mapping unit in ground hectares (MapBiomas Alerta 0.3, DETER 1, PRODES 6.25).</source>
      <translation>Unit pemetaan minimum dalam hektare di lapangan (MapBiomas Alerta 0,3, DETER 1, PRODES 6,25).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="206" />
      <source>Polygons (protected areas, properties, concessions): each clearing's overlay_ha and overlay_names.</source>
      <translation>Poligon (kawasan lindung, persil, konsesi): overlay_ha dan overlay_names setiap pembukaan lahan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="209" />
      <source>The OVERLAY field naming each polygon; empty: its id.</source>
      <translation>Bidang OVERLAY yang menamai setiap poligon; kosong: ID-nya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="210" />
      <source>Another system's alerts, polygons (DETER, MapBiomas) or a raster, non-zero an alert (GFW): reference_overlap_ha; an alert tile they agree with is highest.</source>
      <translation>Peringatan dari sistem lain, poligon (DETER, MapBiomas) atau raster, bukan nol = peringatan (GFW): reference_overlap_ha; petak peringatan yang disetujuinya menjadi tingkat tertinggi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="213" />
      <source>One row per compared tile: alerts red, cleared_ha, confidence.</source>
      <translation>Satu baris per petak yang dibandingkan: peringatan merah, cleared_ha, keyakinan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="214" />
      <source>Edge-connected alert tiles as one polygon each, area on the ground, cleared_ha and their strongest tier.</source>
      <translation>Petak peringatan yang bersinggungan tepi sebagai satu poligon masing-masing, luas di lapangan, cleared_ha, dan tingkat terkuatnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="217" />
      <source>One polygon per clearing, styled by tier; tile_id: the alert (or, for a candidate, forest) tile holding most of it; area_ha on the ground; mean NDVI before and after; overlaps; dates; centroid.</source>
      <translation>Satu poligon per pembukaan lahan, bergaya menurut tingkat; tile_id: petak peringatan (atau, untuk kandidat, petak hutan) yang memuat bagian terbesarnya; area_ha di lapangan; NDVI rata-rata sebelum dan sesudah; tumpang tindih; tanggal; sentroid.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="221" />
      <source>When set: alerts, patches and clearings as .geojson, .kml and .csv (WGS 84; CSV with centroid longitude and latitude).</source>
      <translation>Bila diisi: peringatan, area, dan pembukaan lahan sebagai .geojson, .kml, dan .csv (WGS 84; CSV dengan bujur dan lintang sentroid).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="227" />
      <source>Compares each tile's predicted class (e.g. class_label from Classify deforestation) with a reference class (e.g. reviewed_label from the review dock, or reference_label from Hansen reference labels) and writes an HTML report laid out like the model card: per-class precision, recall, F1 and support, macro and weighted averages, accuracy, macro F1, RECENTLY_CLEARED recall, and the confusion matrix (reference rows, predicted columns).

Metrics are those of scikit-learn's classification_report with zero_division=0: a class that was never predicted gets precision 0, a class with no reference tile gets recall 0, and both still count in the macro average. ACCURACY, MACRO_F1 and RC_RECALL are fractions between 0 and 1.

Tiles whose reference or prediction is empty (NULL), blank or not one of STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST are left out and counted (letter case and surrounding blanks are ignored). With 'Selected features only' ticked, only the selection is evaluated.</source>
      <translation>Membandingkan kelas prediksi setiap petak (mis. class_label dari Klasifikasikan deforestasi) dengan kelas rujukan (mis. reviewed_label dari panel tinjauan, atau reference_label dari label rujukan Hansen) dan menulis laporan HTML yang disusun seperti kartu model: presisi, recall, F1, dan support per kelas, rata-rata makro dan berbobot, akurasi, F1 makro, recall RECENTLY_CLEARED, dan matriks konfusi (baris rujukan, kolom prediksi).

Metriknya adalah metrik classification_report scikit-learn dengan zero_division=0: kelas yang tidak pernah diprediksi mendapat presisi 0, kelas tanpa petak rujukan mendapat recall 0, dan keduanya tetap dihitung dalam rata-rata makro. ACCURACY, MACRO_F1, dan RC_RECALL adalah pecahan antara 0 dan 1.

Petak yang rujukan atau prediksinya kosong (NULL), hanya spasi, atau bukan salah satu dari STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST tidak disertakan dan dihitung (huruf besar-kecil dan spasi di sekitarnya diabaikan). Dengan 'Hanya fitur terpilih' dicentang, hanya pilihan yang dievaluasi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="243" />
      <source>A layer (or table) with one feature per tile, holding a predicted class and a reference class in two text fields, e.g. the output of Classify deforestation after review or after Hansen reference labels.</source>
      <translation>Lapisan (atau tabel) dengan satu fitur per petak, memuat kelas prediksi dan kelas rujukan dalam dua bidang teks, mis. keluaran Klasifikasikan deforestasi setelah tinjauan atau setelah label rujukan Hansen.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="247" />
      <source>Field holding the model's class. Default: class_label.</source>
      <translation>Bidang yang memuat kelas model. Bawaan: class_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="249" />
      <source>Field holding the true class: reviewed_label (set in the review dock) or reference_label (from Hansen reference labels). Default: reference_label.</source>
      <translation>Bidang yang memuat kelas sebenarnya: reviewed_label (diisi di panel tinjauan) atau reference_label (dari label rujukan Hansen). Bawaan: reference_label.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="252" />
      <source>The HTML report: headline metrics, the per-class table, the confusion matrix and the tiles left out.</source>
      <translation>Laporan HTML: metrik utama, tabel per kelas, matriks konfusi, dan petak yang tidak disertakan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="258" />
      <source>Searches a STAC API (Earth Search's sentinel-2-l2a, then sentinel-2-c1-l2a, by default: sentinel-2-l2a is the source of the model's training chips) for the acquisitions over EXTENT between START_DATE and END_DATE. With PER_TILE (the default) every 1 km tile of the classifier's grid takes its pixels from the acquisition clearest over it (its SCL: cloud, shadow, cirrus, snow, nodata; the newest on ties), never blended; otherwise one acquisition, the least cloudy over the extent (scene cloud first, the SCL over the extent when candidates are close, the newest on ties), is taken for the whole area. It writes a VRT of B08, B04, B03 (assets nir, red, green, or their -jp2 JPEG 2000 assets where an item has no COG; never nir08, which is B8A) on one UTM grid, clipped to the extent on whole kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: only the blocks of the extent travel. Each item's BOA offset comes from its metadata and is checked against its pixels (dark targets): where they clearly disagree the pixels decide and the log says so; where the pixels cannot tell, a warning. The VRT records the item ids, the acquisition of every tile, the processing baselines and the offset decisions, so Classify deforestation writes each tile's image_date / image_id and uses the SCL as its cloud mask.</source>
      <translation>Mencari di API STAC (sentinel-2-l2a dari Earth Search, lalu sentinel-2-c1-l2a, secara bawaan: sentinel-2-l2a adalah sumber cuplikan pelatihan model) akuisisi di atas EXTENT antara START_DATE dan END_DATE. Dengan PER_TILE (bawaan) setiap petak 1 km dari grid pengklasifikasi mengambil pikselnya dari akuisisi yang paling cerah di atasnya (SCL-nya: awan, bayangan, sirus, salju, nodata; yang terbaru bila sama), tidak pernah dicampur; jika tidak, satu akuisisi, yang paling sedikit awannya di atas cakupan (awan citra lebih dulu, SCL di atas cakupan bila kandidatnya berdekatan, yang terbaru bila sama), diambil untuk seluruh area. Algoritme menulis VRT B08, B04, B03 (aset nir, red, green, atau aset JPEG 2000 -jp2-nya bila item tidak memiliki COG; tidak pernah nir08, yaitu B8A) pada satu grid UTM, dipotong ke cakupan pada kilometer utuh, dengan SCL di sebelahnya. Band dibaca melalui /vsicurl/ GDAL: hanya blok cakupan yang dikirim. Offset BOA setiap item berasal dari metadatanya dan diperiksa terhadap pikselnya (target gelap): bila jelas berbeda, piksel yang menentukan dan log menyebutkannya; bila piksel tidak dapat memastikan, diberikan peringatan. VRT mencatat ID item, akuisisi setiap petak, baseline pemrosesan, dan keputusan offset, sehingga Klasifikasikan deforestasi menulis image_date / image_id setiap petak dan memakai SCL sebagai masker awannya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="277" />
      <source>The area to fetch, in any CRS.</source>
      <translation>Area yang akan diambil, dalam CRS apa pun.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="278" />
      <source>YYYY-MM-DD; empty: 90 days before END_DATE.</source>
      <translation>YYYY-MM-DD; kosong: 90 hari sebelum END_DATE.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="279" />
      <source>YYYY-MM-DD; empty: today.</source>
      <translation>YYYY-MM-DD; kosong: hari ini.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="280" />
      <source>Without PER_TILE: acquisitions whose eo:cloud_cover is above this are not taken. With PER_TILE it does not apply: a scene cloudy as a whole can be the clearest over some tile, so every acquisition of the window is compared tile by tile.</source>
      <translation>Tanpa PER_TILE: akuisisi yang eo:cloud_cover-nya di atas nilai ini tidak diambil. Dengan PER_TILE nilai ini tidak berlaku: citra yang berawan secara keseluruhan bisa jadi paling cerah di atas suatu petak, sehingga setiap akuisisi dalam jendela dibandingkan petak demi petak.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="285" />
      <source>The STAC API root (it answers /search).</source>
      <translation>Akar API STAC (menjawab /search).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="286" />
      <source>Sentinel-2 L2A collections with assets green, red, nir and scl, comma-separated. Default: sentinel-2-l2a,sentinel-2-c1-l2a (some acquisitions exist only in the second). The same acquisition of an MGRS tile found in several is taken once, from the collection listed first.</source>
      <translation>Koleksi Sentinel-2 L2A dengan aset green, red, nir, dan scl, dipisahkan koma. Bawaan: sentinel-2-l2a,sentinel-2-c1-l2a (sebagian akuisisi hanya ada di yang kedua). Akuisisi petak MGRS yang sama yang ditemukan di beberapa koleksi diambil sekali, dari koleksi yang tercantum pertama.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="291" />
      <source>Every 1 km tile from the acquisition clearest over it (default), so that cloudy seasons still give an answer for most tiles; tiles clear in no acquisition stay CLOUDY. Off: one acquisition for the whole area.</source>
      <translation>Setiap petak 1 km dari akuisisi yang paling cerah di atasnya (bawaan), agar musim berawan tetap memberi jawaban untuk sebagian besar petak; petak yang tidak cerah di akuisisi mana pun tetap CLOUDY. Mati: satu akuisisi untuk seluruh area.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="295" />
      <source>For offline work: the VRT then points at GeoTIFFs next to it, not at the server.</source>
      <translation>Untuk kerja luring: VRT lalu menunjuk ke GeoTIFF di sebelahnya, bukan ke server.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="298" />
      <source>The VRT to write (B08, B04, B03); the band VRTs and the SCL go next to it.</source>
      <translation>VRT yang akan ditulis (B08, B04, B03); VRT band dan SCL ditempatkan di sebelahnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="303" />
      <source>Gives every tile polygon a reference class from the Hansen Global Forest Change layers treecover2000 and lossyear, with the model card's rule: STANDING_FOREST = &gt;= 50 % canopy in 2000 and no recent loss; RECENTLY_CLEARED = was forest and lost inside the recent window; else LONG_TERM_NON_FOREST. Use the result as reference for Evaluate (REFERENCE_FIELD = reference_label).

For each tile, the Hansen pixels whose centre lies inside the polygon are used (the polygon is transformed to the rasters' CRS; value 255 is nodata). A pixel is forest in 2000 when treecover2000 &gt;= the canopy threshold; lossyear v means loss in year 2000 + v. The tile is RECENTLY_CLEARED when the forest-2000 pixels lost within FIRST_YEAR..LAST_YEAR reach RECENT_LOSS_FRACTION of its valid pixels, else STANDING_FOREST when the forest-2000 pixels without any loss through LAST_YEAR reach FOREST_FRACTION, else LONG_TERM_NON_FOREST. Tiles without a valid Hansen pixel get an empty label and hansen_status NO_HANSEN_DATA (features without a geometry: NO_GEOMETRY). The model card publishes no tile-level thresholds: the two fractions are this plugin's choice, recorded in the output layer's metadata (abstract) and in the log.

Output: the input features and attributes plus reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), recent_loss_fraction, older_loss_fraction (forest-2000 pixels lost before FIRST_YEAR), hansen_pixels (about 1,300 for a 1 km tile at the equator, more towards the poles, where the 0.00025 degree pixels are narrower; fewer at the rasters' edge) and hansen_status.

Getting the data: Hansen GFC v1.12 granules are 10 x 10 degrees, named after their top-left corner (e.g. 10S_060W covers 10-20 S, 60-50 W), at https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif with layer = treecover2000 or lossyear. The log lists the granules your tiles need. For tiles spanning several granules, build one VRT per layer (gdalbuildvrt) over the same granules. Data: CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA).</source>
      <translation>Memberi setiap poligon petak kelas rujukan dari lapisan Hansen Global Forest Change treecover2000 dan lossyear, dengan aturan kartu model: STANDING_FOREST = &gt;= 50 % tutupan tajuk pada 2000 dan tanpa kehilangan baru; RECENTLY_CLEARED = dulunya hutan dan hilang di dalam jendela baru; selain itu LONG_TERM_NON_FOREST. Gunakan hasilnya sebagai rujukan untuk Evaluasi (REFERENCE_FIELD = reference_label).

Untuk setiap petak, piksel Hansen yang pusatnya berada di dalam poligon digunakan (poligon ditransformasikan ke CRS raster; nilai 255 adalah nodata). Piksel dianggap hutan pada 2000 bila treecover2000 &gt;= ambang tutupan tajuk; lossyear v berarti kehilangan pada tahun 2000 + v. Petak menjadi RECENTLY_CLEARED bila piksel hutan-2000 yang hilang dalam FIRST_YEAR..LAST_YEAR mencapai RECENT_LOSS_FRACTION dari piksel validnya, jika tidak STANDING_FOREST bila piksel hutan-2000 tanpa kehilangan apa pun hingga LAST_YEAR mencapai FOREST_FRACTION, jika tidak LONG_TERM_NON_FOREST. Petak tanpa piksel Hansen yang valid mendapat label kosong dan hansen_status NO_HANSEN_DATA (fitur tanpa geometri: NO_GEOMETRY). Kartu model tidak menerbitkan ambang tingkat petak: kedua fraksi adalah pilihan plugin ini, dicatat di metadata lapisan keluaran (abstrak) dan di log.

Keluaran: fitur dan atribut masukan ditambah reference_label, forest2000_fraction, standing_forest_fraction (= forest2000 - baru - lama), recent_loss_fraction, older_loss_fraction (piksel hutan-2000 yang hilang sebelum FIRST_YEAR), hansen_pixels (sekitar 1.300 untuk petak 1 km di khatulistiwa, lebih banyak ke arah kutub, tempat piksel 0,00025 derajat lebih sempit; lebih sedikit di tepi raster) dan hansen_status.

Mendapatkan data: granul Hansen GFC v1.12 berukuran 10 x 10 derajat, dinamai menurut sudut kiri atasnya (mis. 10S_060W mencakup 10-20 LS, 60-50 BB), di https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/Hansen_GFC-2024-v1.12_{layer}_{granule}.tif dengan layer = treecover2000 atau lossyear. Log mencantumkan granul yang dibutuhkan petak Anda. Untuk petak yang melintasi beberapa granul, buat satu VRT per lapisan (gdalbuildvrt) atas granul yang sama. Data: CC BY 4.0, Hansen dkk. 2013 (UMD/Google/USGS/NASA).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="334" />
      <source>Polygon layer of tiles in any CRS, e.g. the output of Classify deforestation.</source>
      <translation>Lapisan poligon petak dalam CRS apa pun, mis. keluaran Klasifikasikan deforestasi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="337" />
      <source>Hansen GFC treecover2000 (percent canopy in 2000, 0-100; 255 = nodata), any CRS: a granule, a VRT of granules or a clip of them.</source>
      <translation>Hansen GFC treecover2000 (persen tutupan tajuk pada 2000, 0-100; 255 = nodata), CRS apa pun: granul, VRT granul, atau potongannya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="340" />
      <source>Hansen GFC lossyear (0 = no loss, v = loss in 2000 + v; 255 = nodata), on the same pixel grid as treecover2000 (the same granules).</source>
      <translation>Hansen GFC lossyear (0 = tidak ada kehilangan, v = kehilangan pada 2000 + v; 255 = nodata), pada grid piksel yang sama dengan treecover2000 (granul yang sama).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="343" />
      <source>First calendar year whose loss counts as recent (inclusive). Default 2020: the model card's training window 2020-2024; its val/test labels used 3 years.</source>
      <translation>Tahun kalender pertama yang kehilangannya dihitung sebagai baru (inklusif). Bawaan 2020: jendela pelatihan 2020-2024 dari kartu model; label val/test-nya memakai 3 tahun.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="347" />
      <source>Last calendar year whose loss counts as recent (inclusive), usually the year of the imagery. Default 2024. Loss after it is ignored (the forest still stood). A warning is given when the Hansen files (by the GFC-YYYY in their name) end earlier.</source>
      <translation>Tahun kalender terakhir yang kehilangannya dihitung sebagai baru (inklusif), biasanya tahun citra. Bawaan 2024. Kehilangan setelahnya diabaikan (hutan masih berdiri). Peringatan diberikan bila berkas Hansen (menurut GFC-YYYY pada namanya) berakhir lebih awal.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="352" />
      <source>A pixel is forest in 2000 when treecover2000 &gt;= this percentage. Default 50, the model card's '&gt;= 50 % canopy in 2000'.</source>
      <translation>Piksel dianggap hutan pada tahun 2000 bila treecover2000 &gt;= persentase ini. Bawaan 50, yaitu '&gt;= 50 % tutupan tajuk pada 2000' dari kartu model.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="355" />
      <source>Share of the tile's valid pixels that must be forest in 2000 with no loss through LAST_YEAR for STANDING_FOREST. Default 0.5 (most of the tile is standing forest). Not published by the model card. 0 means any standing-forest pixel.</source>
      <translation>Bagian piksel valid petak yang harus berupa hutan pada 2000 tanpa kehilangan hingga LAST_YEAR untuk STANDING_FOREST. Bawaan 0,5 (sebagian besar petak adalah hutan berdiri). Tidak diterbitkan oleh kartu model. 0 berarti piksel hutan berdiri mana pun.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="360" />
      <source>Share of the tile's valid pixels that were forest in 2000 and lost within the window for RECENTLY_CLEARED; checked first. Default 0.05 (about 5 ha of a 1 km tile, clearly visible at 10 m, while a few stray loss pixels are not enough). Not published by the model card. 0 means any recent-loss pixel.</source>
      <translation>Bagian piksel valid petak yang merupakan hutan pada 2000 dan hilang dalam jendela untuk RECENTLY_CLEARED; diperiksa lebih dulu. Bawaan 0,05 (sekitar 5 ha dari petak 1 km, jelas terlihat pada 10 m, sementara beberapa piksel kehilangan yang tersebar tidak cukup). Tidak diterbitkan oleh kartu model. 0 berarti piksel kehilangan baru mana pun.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="365" />
      <source>The input tiles with reference_label, the fractions, hansen_pixels and hansen_status added (existing fields of those names are replaced). The parameters used are stored in the layer's metadata.</source>
      <translation>Petak masukan dengan reference_label, fraksi, hansen_pixels, dan hansen_status ditambahkan (bidang yang sudah ada dengan nama tersebut diganti). Parameter yang dipakai disimpan di metadata lapisan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="372" />
      <source>Re-derives class_label of an output of Classify deforestation from its stored probabilities, without running the model: RECENTLY_CLEARED where prob_recently_cleared reaches RC_THRESHOLD; below it the label stays, except a RECENTLY_CLEARED label, which becomes the most probable class. confidence becomes the probability of the new label. Lower the threshold to miss fewer clearings at the cost of more tiles to review. Every other field, the review decisions included, is copied unchanged. Classified tiles without probabilities (the recipe engine, or a server that gives no log-probabilities) keep their label and are counted; tiles not CLASSIFIED are copied as they are.</source>
      <translation>Menurunkan ulang class_label dari keluaran Klasifikasikan deforestasi dari probabilitas yang tersimpan, tanpa menjalankan model: RECENTLY_CLEARED bila prob_recently_cleared mencapai RC_THRESHOLD; di bawahnya label tetap, kecuali label RECENTLY_CLEARED, yang menjadi kelas yang paling mungkin. confidence menjadi probabilitas label baru. Turunkan ambang agar lebih sedikit pembukaan lahan terlewat, dengan konsekuensi lebih banyak petak untuk ditinjau. Semua bidang lain, termasuk keputusan tinjauan, disalin tanpa perubahan. Petak terklasifikasi tanpa probabilitas (mesin resep, atau server yang tidak memberi log-probabilitas) mempertahankan labelnya dan dihitung; petak yang tidak CLASSIFIED disalin apa adanya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="383" />
      <source>An output of Classify deforestation made with the fast scoring engine (or a server that gives log-probabilities).</source>
      <translation>Keluaran Klasifikasikan deforestasi yang dibuat dengan mesin penilaian cepat (atau server yang memberi log-probabilitas).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="386" />
      <source>A tile whose prob_recently_cleared reaches this value is RECENTLY_CLEARED.</source>
      <translation>Petak yang prob_recently_cleared-nya mencapai nilai ini adalah RECENTLY_CLEARED.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="388" />
      <source>A copy of INPUT with the new labels, styled like the classification.</source>
      <translation>Salinan INPUT dengan label baru, bergaya seperti klasifikasi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="393" />
      <source>Finds the B03, B04 and B08 files in a folder (a SAFE product's IMG_DATA, or single band downloads such as T21LYG_20230105_B08_10m.jp2 or B08.tif; B8A is never taken for B08) and writes a VRT that stacks them with band descriptions, ready as INPUT of Classify deforestation. The VRT points at the original files: nothing is copied.

A SAFE L2A product of processing baseline 04.00 or later (every acquisition from 2022-01-25 on) stores DN = reflectance x 10000 + 1000 and states its BOA_ADD_OFFSET (-1000) only in MTD_MSIL2A.xml at the SAFE root. The algorithm reads it there, or the baseline from the SAFE folder name (_N0510_), and writes it into the VRT as each band's offset, so the chips match the training data; it also records the acquisition date and product id, which Classify deforestation keeps in its output. Keep the band files inside their SAFE folder: copied out alone, they no longer say which offset they need (a warning says so).</source>
      <translation>Menemukan berkas B03, B04, dan B08 di sebuah folder (IMG_DATA produk SAFE, atau unduhan band tunggal seperti T21LYG_20230105_B08_10m.jp2 atau B08.tif; B8A tidak pernah diambil sebagai B08) dan menulis VRT yang menumpuknya dengan deskripsi band, siap sebagai INPUT Klasifikasikan deforestasi. VRT menunjuk ke berkas asli: tidak ada yang disalin.

Produk SAFE L2A dengan baseline pemrosesan 04.00 atau sesudahnya (setiap akuisisi sejak 2022-01-25) menyimpan DN = reflektansi x 10000 + 1000 dan hanya menyatakan BOA_ADD_OFFSET (-1000) di MTD_MSIL2A.xml pada akar SAFE. Algoritme membacanya di sana, atau baseline dari nama folder SAFE (_N0510_), dan menuliskannya ke VRT sebagai offset setiap band, sehingga cuplikan sesuai dengan data pelatihan; algoritme juga mencatat tanggal akuisisi dan ID produk, yang dipertahankan Klasifikasikan deforestasi di keluarannya. Simpan berkas band di dalam folder SAFE-nya: bila disalin sendiri, berkas tidak lagi menyatakan offset yang dibutuhkan (peringatan memberitahukannya).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="408" />
      <source>Folder holding one file per band (searched recursively; at 10 m when a SAFE product holds several resolutions).</source>
      <translation>Folder yang berisi satu berkas per band (dicari secara rekursif; pada 10 m bila produk SAFE memuat beberapa resolusi).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help.py" line="411" />
      <source>The VRT to write (B03, B04, B08).</source>
      <translation>VRT yang akan ditulis (B03, B04, B08).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="15" />
      <source>Writes a PDF report of a compare output for the people who act on alerts: a summary page (alert tiles by tier and by decision, the area of the alert patches and the area cleared inside them, the cleared area by overlay polygon, the dates, the plugin and model provenance) and one page per alert patch: its area in ha, tier, probabilities, dates, centroid, the overlay polygons it touches, and each tile's review and audit decision with the reviewer's and auditor's names, the reason and the time; a location map and an overview; and, when the images are given, the earlier and the later image side by side with the clearings outlined. The pages are a QGIS print layout and its atlas (one atlas feature per page), in the language QGIS runs in; it runs headless through qgis_process too.</source>
      <translation>Menulis laporan PDF dari keluaran perbandingan untuk orang yang menindaklanjuti peringatan: halaman ringkasan (petak peringatan menurut tingkat dan keputusan, luas area peringatan dan luas yang dibuka di dalamnya, luas yang dibuka per poligon tumpang susun, tanggal, asal-usul plugin dan model) dan satu halaman per area peringatan: luasnya dalam ha, tingkat, probabilitas, tanggal, sentroid, poligon tumpang susun yang disentuhnya, dan keputusan tinjauan serta audit setiap petak dengan nama peninjau dan auditor, alasan, dan waktunya; peta lokasi dan ikhtisar; dan, bila citra diberikan, citra sebelum dan sesudah berdampingan dengan garis tepi pembukaan lahan. Halaman-halamannya adalah tata letak cetak QGIS dan atlasnya (satu fitur atlas per halaman), dalam bahasa yang dipakai QGIS; laporan ini juga dapat dibuat tanpa antarmuka melalui qgis_process.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="27" />
      <source>The compared tiles: OUTPUT of Compare two dates, with the review's decisions (review_status, reviewer, review_reason, audit_status, auditor).</source>
      <translation>Petak yang dibandingkan: OUTPUT dari Bandingkan dua tanggal, dengan keputusan tinjauan (review_status, reviewer, review_reason, audit_status, auditor).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="30" />
      <source>PATCHES of the same compare run: each patch's area_ha and outline. Without it, a patch's area is its 1 km tiles.</source>
      <translation>PATCHES dari proses perbandingan yang sama: area_ha dan garis tepi setiap area. Tanpanya, luas area adalah petak 1 km-nya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="33" />
      <source>CLEARINGS of the same compare run, outlined on the maps; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS dari proses perbandingan yang sama, digaris tepi di peta; bawaan: berkas pembukaan lahan yang dicatat keluaran perbandingan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="36" />
      <source>The earlier Sentinel-2 image (B03, B04, B08), shown in the chips' false colour on each patch page.</source>
      <translation>Citra Sentinel-2 sebelum (B03, B04, B08), ditampilkan dalam warna semu cuplikan di setiap halaman area.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="39" />
      <source>The later Sentinel-2 image, shown beside the earlier.</source>
      <translation>Citra Sentinel-2 sesudah, ditampilkan di samping citra sebelum.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="40" />
      <source>The PDF to write.</source>
      <translation>PDF yang akan ditulis.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="44" />
      <source>Makes a folder to review alerts in the field, offline, with QField or any mobile GIS: a GeoPackage (field_review.gpkg) with the tiles of the review queue (the alert tiles and the candidate tiles) and their clearings, the earlier and the later chip of each tile as PNG files in its DCIM folder, and a project (field_review.qgz) with relative paths, the layers styled and a form for the decision: the decision, the class seen and the reason chosen from lists in the analyst's language, the reviewer, a note, the time stamped in UTC, and the chips shown as images. Copy the whole folder to the device. Bring the GeoPackage back and run Merge field decisions to write the decisions into the compare output.</source>
      <translation>Membuat folder untuk meninjau peringatan di lapangan, secara luring, dengan QField atau SIG seluler apa pun: GeoPackage (field_review.gpkg) berisi petak dari antrean tinjauan (petak peringatan dan petak kandidat) beserta pembukaan lahannya, cuplikan sebelum dan sesudah setiap petak sebagai berkas PNG di folder DCIM-nya, dan proyek (field_review.qgz) dengan jalur relatif, lapisan bergaya, dan formulir keputusan: keputusan, kelas yang terlihat, dan alasan yang dipilih dari daftar dalam bahasa analis, peninjau, catatan, waktu yang dicap dalam UTC, dan cuplikan yang ditampilkan sebagai gambar. Salin seluruh folder ke perangkat. Bawa kembali GeoPackage lalu jalankan Gabungkan keputusan lapangan untuk menulis keputusan ke keluaran perbandingan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="55" />
      <source>The compared tiles: OUTPUT of Compare two dates, a GeoPackage. Its decisions so far go into the package.</source>
      <translation>Petak yang dibandingkan: OUTPUT dari Bandingkan dua tanggal, sebuah GeoPackage. Keputusannya sejauh ini masuk ke paket.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="58" />
      <source>CLEARINGS of the same compare run; default: the clearings file the compare output records.</source>
      <translation>CLEARINGS dari proses perbandingan yang sama; bawaan: berkas pembukaan lahan yang dicatat keluaran perbandingan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="61" />
      <source>The earlier Sentinel-2 image, for the earlier chip of each tile; default: the image the review chose for this layer in the project. Without it, no chips.</source>
      <translation>Citra Sentinel-2 sebelum, untuk cuplikan sebelum setiap petak; bawaan: citra yang dipilih tinjauan untuk lapisan ini di proyek. Tanpanya, tidak ada cuplikan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="64" />
      <source>The later Sentinel-2 image, for the later chips.</source>
      <translation>Citra Sentinel-2 sesudah, untuk cuplikan sesudah.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="65" />
      <source>The folder of the package; it must not hold a field package already (merge that one first).</source>
      <translation>Folder paket; folder ini tidak boleh sudah berisi paket lapangan (gabungkan yang itu dulu).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="71" />
      <source>Writes the decisions made in a field package back into the compare output, matched by tile_id, through the layer as the review writes them. A tile the field left as it was packaged is not touched. When the office decided a tile after the package was made, the later decision wins: an office decision as late as the field's or later is kept and the field's is reported as a conflict, never written over it. A new decision clears the earlier audit, as in the review.</source>
      <translation>Menulis keputusan yang dibuat di paket lapangan kembali ke keluaran perbandingan, dicocokkan menurut tile_id, melalui lapisan seperti tinjauan menulisnya. Petak yang dibiarkan lapangan seperti saat dikemas tidak disentuh. Bila kantor memutuskan suatu petak setelah paket dibuat, keputusan yang lebih baru yang berlaku: keputusan kantor yang sama baru atau lebih baru daripada keputusan lapangan dipertahankan dan keputusan lapangan dilaporkan sebagai konflik, tidak pernah ditulis di atasnya. Keputusan baru menghapus audit sebelumnya, seperti dalam tinjauan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="79" />
      <source>The compared tiles the package was made from (OUTPUT of Compare two dates); the decisions are written into it.</source>
      <translation>Petak yang dibandingkan yang menjadi asal paket (OUTPUT dari Bandingkan dua tanggal); keputusan ditulis ke dalamnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_evidence.py" line="82" />
      <source>field_review.gpkg of the field package, as it came back from the field.</source>
      <translation>field_review.gpkg dari paket lapangan, sebagaimana kembali dari lapangan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="17" />
      <source>Writes a report to paste when something goes wrong: the versions of the plugin, QGIS, Qt, Python, GDAL, numpy and llama-cpp-python; the backend and the compute devices llama.cpp sees (and the last device measurement); the model files with their sizes and SHA-256; the plugin's settings; and the last lines of the last classification run's log.

The report is made to be shared: your home folder is written as ~ and your user name replaced, and API keys are never included. Read it before you send it: the file and folder names it lists are yours.</source>
      <translation>Menulis laporan untuk ditempel saat ada masalah: versi plugin, QGIS, Qt, Python, GDAL, numpy, dan llama-cpp-python; backend dan perangkat komputasi yang dilihat llama.cpp (dan pengukuran perangkat terakhir); berkas model dengan ukuran dan SHA-256-nya; pengaturan plugin; dan baris-baris terakhir log proses klasifikasi terakhir.

Laporan ini dibuat untuk dibagikan: folder rumah Anda ditulis sebagai ~ dan nama pengguna Anda diganti, dan kunci API tidak pernah disertakan. Baca sebelum Anda mengirimnya: nama berkas dan folder yang tercantum di dalamnya adalah milik Anda.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="27" />
      <source>The Markdown file to write (.md).</source>
      <translation>Berkas Markdown yang akan ditulis (.md).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="31" />
      <source>Writes an offline bundle: a folder to copy on a USB stick for a computer without network, the same as `make offline-bundle` writes. It holds the pinned llama-cpp-python and its pure dependencies as prebuilt wheels for each platform and backend chosen (downloaded with pip, nothing is compiled), the model files of the plugin settings, and bundle.json with the SHA-256 of every file.

A platform and backend without a prebuilt wheel (or unreachable from here) is left out and listed in bundle.json with pip's reason; the run fails when no platform got wheels. On the computer without network: Settings &gt; Options &gt; Deforestation Classifier &gt; Install dependencies &gt; Install from an offline bundle..., or Use an offline bundle... in the model dialog.</source>
      <translation>Menulis bundel luring: folder untuk disalin ke flashdisk bagi komputer tanpa jaringan, sama dengan yang ditulis `make offline-bundle`. Isinya llama-cpp-python yang dipatok beserta dependensi murninya sebagai wheel siap pakai untuk setiap platform dan backend yang dipilih (diunduh dengan pip, tidak ada yang dikompilasi), berkas model dari pengaturan plugin, dan bundle.json dengan SHA-256 setiap berkas.

Platform dan backend tanpa wheel siap pakai (atau tidak terjangkau dari sini) tidak disertakan dan dicatat di bundle.json dengan alasan dari pip; proses gagal bila tidak ada platform yang mendapat wheel. Di komputer tanpa jaringan: Pengaturan &gt; Opsi &gt; Pengklasifikasi Deforestasi &gt; Pasang dependensi... &gt; Pasang dari bundel luring..., atau Gunakan bundel luring... di dialog model.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="43" />
      <source>The folder to write the bundle into (an empty folder, or a USB stick).</source>
      <translation>Folder tempat menulis bundel (folder kosong, atau flashdisk).</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="45" />
      <source>The operating systems the bundle is for: Windows (64-bit), Linux (x86_64), macOS (Apple silicon). Default: all three. With qgis_process, give the names, comma-separated: PLATFORMS=windows-amd64,linux-x86_64.</source>
      <translation>Sistem operasi tujuan bundel: Windows (64-bit), Linux (x86_64), macOS (Apple silicon). Bawaan: ketiganya. Dengan qgis_process, berikan namanya, dipisah koma: PLATFORMS=windows-amd64,linux-x86_64.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="49" />
      <source>The llama-cpp-python builds to download: cpu works everywhere; vulkan and cuda are for Windows and Linux, metal for macOS. None chosen: each platform's prebuilt builds. A backend a platform has no prebuilt build of is skipped. With qgis_process, give the names: BACKENDS=cpu,vulkan.</source>
      <translation>Build llama-cpp-python yang diunduh: cpu berjalan di mana saja; vulkan dan cuda untuk Windows dan Linux, metal untuk macOS. Tidak ada yang dipilih: build siap pakai tiap platform. Backend yang tidak punya build siap pakai untuk suatu platform dilewati. Dengan qgis_process, berikan namanya: BACKENDS=cpu,vulkan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="54" />
      <source>The Python version (major.minor) of the QGIS the bundle is for, which may differ from this one: read it in that QGIS's Python console with import sys; sys.version. Wheels are built for one Python version. Default: this QGIS's, {}.</source>
      <translation>Versi Python (major.minor) dari QGIS tujuan bundel, yang bisa berbeda dari QGIS ini: bacalah di konsol Python QGIS itu dengan import sys; sys.version. Wheel dibuat untuk satu versi Python. Bawaan: versi QGIS ini, {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="59" />
      <source>Copy the model files of the plugin settings (the model card's pair, or the files set there) into the bundle. They must be on this computer: download the model first in the plugin settings, or untick this to write the wheels only.</source>
      <translation>Salin berkas model dari pengaturan plugin (pasangan dari kartu model, atau berkas yang ditetapkan di sana) ke dalam bundel. Berkas itu harus ada di komputer ini: unduh model terlebih dahulu di pengaturan plugin, atau hapus centang ini untuk menulis wheel saja.</translation>
    </message>
    <message>
      <location filename="../processing_provider/help_tools.py" line="63" />
      <source>A folder of wheels (an office mirror) to take the packages from instead of the package indexes on the internet.</source>
      <translation>Folder berisi wheel (mirror kantor) tempat mengambil paket, sebagai ganti indeks paket di internet.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="69" />
      <source>Write an offline bundle</source>
      <translation>Tulis bundel luring</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="75" />
      <source>Bundle folder</source>
      <translation>Folder bundel</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="77" />
      <source>Platforms</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="80" />
      <source>Backends (none: each platform's prebuilt builds)</source>
      <translation>Backend (kosong: build siap pakai tiap platform)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="84" />
      <source>Python version of the QGIS the bundle is for</source>
      <translation>Versi Python dari QGIS tujuan bundel</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="87" />
      <source>Include the model files</source>
      <translation>Sertakan berkas model</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="89" />
      <source>Folder of wheels to take the packages from</source>
      <translation>Folder wheel tempat mengambil paket</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="92" />
      <source>The bundle's manifest (bundle.json)</source>
      <translation>Manifes bundel (bundle.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="94" />
      <source>Platforms and backends with wheels</source>
      <translation>Platform dan backend yang punya wheel</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="96" />
      <source>Platforms and backends without wheels</source>
      <translation>Platform dan backend tanpa wheel</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="102" />
      <source>PYTHON_VERSION must be major.minor, such as 3.12: that of the QGIS the bundle is for (in its Python console: import sys; sys.version), not {!r}.</source>
      <translation>PYTHON_VERSION harus berbentuk major.minor, misalnya 3.12: versi QGIS tujuan bundel (di konsol Python-nya: import sys; sys.version), bukan {!r}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="118" />
      <source>No wheels were downloaded for any platform ({}). Check the network (or FIND_LINKS), PYTHON_VERSION and BACKENDS; {} keeps pip's reasons in full.</source>
      <translation>Tidak ada wheel yang terunduh untuk platform mana pun ({}). Periksa jaringan (atau FIND_LINKS), PYTHON_VERSION dan BACKENDS; {} menyimpan alasan pip selengkapnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="121" />
      <source>no backend chosen has prebuilt builds for the platforms chosen</source>
      <translation>tidak ada backend terpilih yang punya build siap pakai untuk platform terpilih</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="124" />
      <source>Left out, without wheels: {}</source>
      <translation>Tidak disertakan, tanpa wheel: {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="125" />
      <source>Offline bundle written to {}: wheels for {}; {} model files.</source>
      <translation>Bundel luring ditulis ke {}: wheel untuk {}; {} berkas model.</translation>
    </message>
    <message>
      <location filename="../processing_provider/offline_bundle_algorithm.py" line="143" />
      <source>INCLUDE_MODEL: the model files are not on this computer ({}). Download the model first (Settings &gt; Options &gt; Deforestation Classifier &gt; Download model...), or untick INCLUDE_MODEL to write the wheels only.</source>
      <translation>INCLUDE_MODEL: berkas model tidak ada di komputer ini ({}). Unduh model terlebih dahulu (Pengaturan &gt; Opsi &gt; Pengklasifikasi Deforestasi &gt; Unduh model...), atau hapus centang INCLUDE_MODEL untuk menulis wheel saja.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="40" />
      <source>Relabel tiles for another RECENTLY_CLEARED threshold</source>
      <translation>Label ulang petak untuk ambang RECENTLY_CLEARED lain</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="45" />
      <source>Classified tiles</source>
      <translation>Petak terklasifikasi</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="51" />
      <source>Relabelled tiles</source>
      <translation>Petak dilabel ulang</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="52" />
      <source>Tiles whose label changed</source>
      <translation>Petak yang labelnya berubah</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="53" />
      <source>Tiles newly RECENTLY_CLEARED</source>
      <translation>Petak yang baru menjadi RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="54" />
      <source>RECENTLY_CLEARED tiles</source>
      <translation>Petak RECENTLY_CLEARED</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="55" />
      <source>Classified tiles without probabilities</source>
      <translation>Petak terklasifikasi tanpa probabilitas</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="66" />
      <source>INPUT lacks the fields {}: use an output of Classify deforestation.</source>
      <translation>INPUT tidak memiliki bidang {}: gunakan keluaran Klasifikasikan deforestasi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/relabel_algorithm.py" line="76" />
      <source>RC_THRESHOLD {}: {} labels changed, {} tiles newly RECENTLY_CLEARED ({} in all); {} classified tiles without probabilities kept their label.</source>
      <translation>RC_THRESHOLD {}: {} label berubah, {} petak baru menjadi RECENTLY_CLEARED ({} seluruhnya); {} petak terklasifikasi tanpa probabilitas mempertahankan labelnya.</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="19" />
      <source>Stack Sentinel-2 band files (B03, B04, B08) into a VRT</source>
      <translation>Tumpuk berkas band Sentinel-2 (B03, B04, B08) menjadi VRT</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="24" />
      <source>Folder of band files</source>
      <translation>Folder berkas band</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="27" />
      <source>Stacked VRT</source>
      <translation>VRT bertumpuk</translation>
    </message>
    <message>
      <location filename="../processing_provider/stack_bands_algorithm.py" line="40" />
      <source>Stacked B03, B04, B08 into {}</source>
      <translation>B03, B04, B08 ditumpuk ke {}</translation>
    </message>
    <message>
      <location filename="../toolbelt/message_bar.py" line="17" />
      <location filename="../toolbelt/message_bar.py" line="33" />
      <source>Deforestation Classifier</source>
      <translation>Pengklasifikasi Deforestasi</translation>
    </message>
    <message>
      <location filename="../ui/chip_panel.py" line="209" />
      <source>Chip of {} could not be rendered: {}</source>
      <translation>Cuplikan {} tidak dapat dirender: {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="37" />
      <source>Deforestation {}</source>
      <translation>Deforestasi {}</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>no data</source>
      <translation>tanpa data</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="44" />
      <source>insufficient data</source>
      <translation>data tidak cukup</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>cloudy</source>
      <translation>berawan</translation>
    </message>
    <message>
      <location filename="../ui/layer_tree.py" line="45" />
      <source>error</source>
      <translation>galat</translation>
    </message>
    <message>
      <location filename="../ui/map_highlight.py" line="34" />
      <source>Tile {} cannot be shown in the map's CRS: {}</source>
      <translation>Petak {} tidak dapat ditampilkan dalam CRS peta: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="58" />
      <source>The offline bundle holds no model files. On a computer that has the model, write a bundle with them: `make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`.</source>
      <translation>Bundel luring tidak berisi berkas model. Di komputer yang memiliki model, tulis bundel yang berisi berkas tersebut: `make offline-bundle MODEL=&lt;GGUF model teks&gt; MMPROJ=&lt;GGUF mmproj&gt;`.</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="61" />
      <source>The offline bundle's model files ({names}) are not one text model GGUF and one vision projector (mmproj) GGUF, so none is used; they were copied into {folder}. Write a bundle with the pair (`make offline-bundle MODEL=&lt;text model GGUF&gt; MMPROJ=&lt;mmproj GGUF&gt;`), or choose the two files with "Use files already on this computer...".</source>
      <translation>Berkas model bundel luring ({names}) bukan satu GGUF model teks dan satu GGUF proyektor visi (mmproj), jadi tidak ada yang digunakan; berkas tersebut telah disalin ke {folder}. Tulis bundel berisi pasangan tersebut (`make offline-bundle MODEL=&lt;GGUF model teks&gt; MMPROJ=&lt;GGUF mmproj&gt;`), atau pilih kedua berkas dengan "Gunakan berkas yang sudah ada di komputer ini...".</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="75" />
      <source>Copying the model from an offline bundle</source>
      <translation>Menyalin model dari bundel luring</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="100" />
      <source>Unexpected error while copying from the offline bundle: {}</source>
      <translation>Galat tak terduga saat menyalin dari bundel luring: {}</translation>
    </message>
    <message>
      <location filename="../ui/model_bundle_import.py" line="106" />
      <source>Offline bundle: {}</source>
      <translation>Bundel luring: {}</translation>
    </message>
  </context>
</TS>
