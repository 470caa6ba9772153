<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>CompareDialog</name>
    <message>
      <source>比较名单</source>
      <translation>Compare lists</translation>
    </message>
    <message>
      <source>比较</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>外部文件…</source>
      <translation>External file…</translation>
    </message>
    <message>
      <source>与一份 Word 名单或 Excel 汇总表比较</source>
      <translation>Compare with a Word list or an Excel summary</translation>
    </message>
    <message>
      <source>冻结当前名单…</source>
      <translation>Freeze the current list…</translation>
    </message>
    <message>
      <source>删除阶段…</source>
      <translation>Delete stage…</translation>
    </message>
    <message>
      <source>单击一项即在名单中显示该记录。</source>
      <translation>Click an item to show its record in the list.</translation>
    </message>
    <message>
      <source>导出变更情况说明（Word）…</source>
      <translation>Export the change report (Word)…</translation>
    </message>
    <message>
      <source>导出变更明细（Excel）…</source>
      <translation>Export the change details (Excel)…</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>{0}（{1}，{2} 条）</source>
      <translation>{0} ({1}, {2} records)</translation>
    </message>
    <message>
      <source>{0} 由 {1} 冻结于 {2}</source>
      <translation>{0}, frozen by {1} on {2}</translation>
    </message>
    <message>
      <source>还没有冻结任何阶段。点“冻结当前名单…”把现在的名单保存为“初审”“公示”或“最终”，以后即可比较此后的变化；也可以与一份外部名单文件比较。</source>
      <translation>No stage frozen yet. Click “Freeze the current list…” to keep the list as it is now (first review, public notice, final) and compare later changes with it; or compare with an external list file.</translation>
    </message>
    <message>
      <source>选择要比较的名单文件</source>
      <translation>Choose the list file to compare with</translation>
    </message>
    <message>
      <source>名单文件 (*.docx *.xlsx *.xls *.doc *.wps *.pdf *.csv)</source>
      <translation>List files (*.docx *.xlsx *.xls *.doc *.wps *.pdf *.csv)</translation>
    </message>
    <message>
      <source>无法比较</source>
      <translation>Cannot compare</translation>
    </message>
    <message>
      <source>{0}（{1}）</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <source>导出变更情况说明</source>
      <translation>Export the change report</translation>
    </message>
    <message>
      <source>导出变更明细</source>
      <translation>Export the change details</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>已导出：{0}</source>
      <translation>Exported: {0}</translation>
    </message>
  </context>
  <context>
    <name>DocumentPane</name>
    <message>
      <source>页面</source>
      <translation>Pages</translation>
    </message>
    <message>
      <source>回到原件页面</source>
      <translation>Back to the original pages</translation>
    </message>
  </context>
  <context>
    <name>DocumentView</name>
    <message>
      <source>原始文件</source>
      <translation>Source document</translation>
    </message>
    <message>
      <source>无法读取：{0}</source>
      <translation>Cannot read: {0}</translation>
    </message>
    <message>
      <source>— 第 {0} 页 —</source>
      <translation>— Page {0} —</translation>
    </message>
    <message>
      <source>▦ 表格（{0} 行 × {1} 列），在下方表格中查看</source>
      <translation>▦ Table ({0} rows × {1} columns), shown in the grid below</translation>
    </message>
    <message>
      <source>放入字段（替换）</source>
      <translation>Put into field (replace)</translation>
    </message>
    <message>
      <source>追加到字段</source>
      <translation>Append to field</translation>
    </message>
    <message>
      <source>以所选文字新建记录</source>
      <translation>New record from selected text</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>表彰名单</source>
      <translation>Commendation list</translation>
    </message>
    <message>
      <source>Word 文档 (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>导出“{0}”失败：{1}</source>
      <translation>Export of “{0}” failed: {1}</translation>
    </message>
    <message>
      <source>导出失败：缺少导出组件（{0}）。</source>
      <translation>Export failed: an export component is missing ({0}).</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>公示事项：</source>
      <translation>Subject:</translation>
    </message>
    <message>
      <source>如：全国机关事务工作先进集体和先进个人（默认取自名单）</source>
      <translation>e.g. the award (default: from the list)</translation>
    </message>
    <message>
      <source>公示期：</source>
      <translation>Notice period:</translation>
    </message>
    <message>
      <source>如：2026年11月23日至11月27日</source>
      <translation>e.g. 2026年11月23日至11月27日</translation>
    </message>
    <message>
      <source>发布单位：</source>
      <translation>Issuer:</translation>
    </message>
    <message>
      <source>署名，如：国家机关事务管理局</source>
      <translation>Signature, e.g. the issuing office</translation>
    </message>
    <message>
      <source>联系人：</source>
      <translation>Contact:</translation>
    </message>
    <message>
      <source>联系电话：</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <source>成文日期：</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>如：2026年11月22日</source>
      <translation>e.g. 2026年11月22日</translation>
    </message>
    <message>
      <source>公示期</source>
      <translation>notice period</translation>
    </message>
    <message>
      <source>发布单位</source>
      <translation>issuer</translation>
    </message>
    <message>
      <source>联系人或联系电话</source>
      <translation>contact or phone</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>date</translation>
    </message>
    <message>
      <source>纸张不是 A4 纵向</source>
      <translation>paper is not A4 portrait</translation>
    </message>
    <message>
      <source>页脚没有页码</source>
      <translation>no page number in the footer</translation>
    </message>
    <message>
      <source>等</source>
      <translation> etc.</translation>
    </message>
    <message>
      <source>{0} 条记录没有名称或姓名（{1}），名单中不能有空行。请补填或删除后再导出。</source>
      <translation>{0} record(s) have no name ({1}); a published list cannot have a blank line. Fill in or delete them, then export.</translation>
    </message>
    <message>
      <source>项目中没有记录。</source>
      <translation>The project has no records.</translation>
    </message>
    <message>
      <source>没有可导出的记录：{0} 条都已退回。</source>
      <translation>Nothing to export: all {0} records were returned.</translation>
    </message>
    <message>
      <source>没有可导出的记录：没有已审核的记录。请先审核，或勾选一并导出待审核、有疑问的记录。</source>
      <translation>Nothing to export: no record is approved. Approve records, or tick the pending and queried ones.</translation>
    </message>
    <message>
      <source>公示缺少{0}，不能发布。请在下方“公示”中填写。</source>
      <translation>The notice lacks the {0}: it cannot be published. Fill it in under “Public notice”.</translation>
    </message>
    <message>
      <source>模板“{0}”不像公文格式文件（{1}），导出的文件沿用它的页面设置，请核对。</source>
      <translation>The template “{0}” does not look like an official document ({1}); the export keeps its page setup: please check it.</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>一并导出{0}的 {1} 条</source>
      <translation>Also export the {1} record(s) marked {0}</translation>
    </message>
    <message>
      <source>名单</source>
      <translation>Name list</translation>
    </message>
    <message>
      <source>简要事迹表</source>
      <translation>Table of brief deeds</translation>
    </message>
    <message>
      <source>公示（附名单）</source>
      <translation>Public notice (with the list)</translation>
    </message>
    <message>
      <source>样式：</source>
      <translation>Form:</translation>
    </message>
    <message>
      <source>不分组</source>
      <translation>No groups</translation>
    </message>
    <message>
      <source>按地区分组（省、自治区、直辖市顺序）</source>
      <translation>Group by region (official province order)</translation>
    </message>
    <message>
      <source>保持列表顺序</source>
      <translation>Keep the list order</translation>
    </message>
    <message>
      <source>按姓氏笔画</source>
      <translation>By surname strokes</translation>
    </message>
    <message>
      <source>分组和排序：</source>
      <translation>Grouping and order:</translation>
    </message>
    <message>
      <source>不填则按内容生成，如“××先进集体名单”</source>
      <translation>Leave empty to generate one, e.g. “… collectives list”</translation>
    </message>
    <message>
      <source>名单标题：</source>
      <translation>List title:</translation>
    </message>
    <message>
      <source>先进集体和先进个人</source>
      <translation>Collectives and individuals</translation>
    </message>
    <message>
      <source>合为一个名单（一、先进集体　二、先进个人）</source>
      <translation>One list (1. collectives, 2. individuals)</translation>
    </message>
    <message>
      <source>分为附件1（先进集体）和附件2（先进个人），各有标题</source>
      <translation>Attachment 1 (collectives) and attachment 2 (individuals), each with its own title</translation>
    </message>
    <message>
      <source>附件1 标题：</source>
      <translation>Attachment 1 title:</translation>
    </message>
    <message>
      <source>附件2 标题：</source>
      <translation>Attachment 2 title:</translation>
    </message>
    <message>
      <source>如：××先进集体名单</source>
      <translation>e.g. … collectives list</translation>
    </message>
    <message>
      <source>公示</source>
      <translation>Public notice</translation>
    </message>
    <message>
      <source>Word 文件</source>
      <translation>Word file</translation>
    </message>
    <message>
      <source>Excel 汇总表（含统计和审核记录）</source>
      <translation>Excel summary (with statistics and audit sheets)</translation>
    </message>
    <message>
      <source>打开文件</source>
      <translation>Open file</translation>
    </message>
    <message>
      <source>打开所在文件夹</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>导出…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>不填则为“{0}名单”</source>
      <translation>Leave empty for “{0}名单”</translation>
    </message>
    <message>
      <source>{0} 个</source>
      <translation>{0} collective(s)</translation>
    </message>
    <message>
      <source>{0} 名</source>
      <translation>{0} person(s)</translation>
    </message>
    <message>
      <source>项目共 {0} 条（{1}）。将导出 {2} 条；退回的记录不导出。</source>
      <translation>The project has {0} records ({1}). {2} will be exported; returned records never are.</translation>
    </message>
    <message>
      <source>请至少勾选 Word 文件或 Excel 汇总表。</source>
      <translation>Tick the Word file, the Excel summary or both.</translation>
    </message>
    <message>
      <source>! 导出前检查：{0} 条记录共 {1} 处问题（不影响导出；在列表中选“有问题”查看）</source>
      <translation>! Pre-export check: {1} problem(s) in {0} record(s) (exported anyway; filter the list by “has problems” to see them)</translation>
    </message>
    <message>
      <source>✗ {0}：已写入，但回读核对发现 {1} 处与记录不一致：</source>
      <translation>✗ {0}: written, but reading it back found {1} difference(s) from the records:</translation>
    </message>
    <message>
      <source>✓ {0}：{1} 条，回读核对无误</source>
      <translation>✓ {0}: {1} records, read back without differences</translation>
    </message>
    <message>
      <source>✓ {0}：{1} 条（工作表：{2}）</source>
      <translation>✓ {0}: {1} records (sheets: {2})</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>在原文中查找</source>
      <translation>Find in the document</translation>
    </message>
    <message>
      <source>上一处（Shift+Enter，Ctrl+Shift+G）</source>
      <translation>Previous (Shift+Enter, Ctrl+Shift+G)</translation>
    </message>
    <message>
      <source>下一处（Enter，Ctrl+G）</source>
      <translation>Next (Enter, Ctrl+G)</translation>
    </message>
    <message>
      <source>关闭（Esc）</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>查找</source>
      <translation>Find</translation>
    </message>
    <message>
      <source>未找到</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>第 {0} 处，共 {1} 处</source>
      <translation>{0} of {1}</translation>
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <source>修正</source>
      <translation>Fix</translation>
    </message>
    <message>
      <source>改为：{0}</source>
      <translation>Change to: {0}</translation>
    </message>
    <message>
      <source>（删除）</source>
      <translation>(delete)</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Issues</translation>
    </message>
    <message>
      <source>全部修正</source>
      <translation>Fix all</translation>
    </message>
    <message>
      <source>……还有 {0} 条，修正上面的问题后显示</source>
      <translation>… {0} more, shown once the ones above are fixed</translation>
    </message>
    <message>
      <source>问题（{0}）</source>
      <translation>Issues ({0})</translation>
    </message>
    <message>
      <source>没有发现问题</source>
      <translation>No issues found</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>打开项目</source>
      <translation>Open project</translation>
    </message>
    <message>
      <source>导入推荐材料（Word、WPS、PDF、Excel、网页文字、zip）</source>
      <translation>Import nominations (Word, WPS, PDF, Excel, web text, zip)</translation>
    </message>
    <message>
      <source>撤销</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>重做</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>审核通过并跳到下一条</source>
      <translation>Approve and go to the next record</translation>
    </message>
    <message>
      <source>上一条</source>
      <translation>Previous record</translation>
    </message>
    <message>
      <source>下一条</source>
      <translation>Next record</translation>
    </message>
    <message>
      <source>查找</source>
      <translation>Find</translation>
    </message>
    <message>
      <source>把原文中选中的文字放入表单的第 1…9 个字段</source>
      <translation>Put the text selected in the document into form field 1…9</translation>
    </message>
    <message>
      <source>导出 Word 名单</source>
      <translation>Export Word list</translation>
    </message>
    <message>
      <source>导出 Excel 表</source>
      <translation>Export Excel table</translation>
    </message>
    <message>
      <source>打开本帮助</source>
      <translation>Open this help</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>把各单位报来的材料拖进窗口，或按 Ctrl+I 选择文件。每份材料里的先进集体和先进个人会被自动找出来。</source>
      <translation>Drag the documents the units sent onto the window, or press Ctrl+I to choose files. The collectives and individuals in each document are found automatically.</translation>
    </message>
    <message>
      <source>逐条核对</source>
      <translation>Check each record</translation>
    </message>
    <message>
      <source>中间是原文，右边是表单。逐条看名称、事迹等是否与原文一致；有问题的字段会标出来。</source>
      <translation>The original is in the middle, the form on the right. Check name, deeds and the rest against the original, record by record; fields with problems are marked.</translation>
    </message>
    <message>
      <source>修正 / 一键修复</source>
      <translation>Correct / one-click fixes</translation>
    </message>
    <message>
      <source>直接在表单里改；在原文里选中文字后按 Ctrl+1…把它放入对应字段。常见问题（全角半角标点、多余空格等）可以一键修复。所有修改都能撤销。</source>
      <translation>Edit in the form directly; select text in the source and press Ctrl+1… to put it into a field. Common problems (half-width punctuation, stray spaces …) can be fixed with one click. Every change can be undone.</translation>
    </message>
    <message>
      <source>审核通过</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>核对无误后按 Ctrl+Enter，标为“已审核”并跳到下一条；拿不准的标“有疑问”，需要原单位重报的标“退回”。</source>
      <translation>When a record is right press Ctrl+Enter to mark it approved and go to the next; mark doubtful ones “Queried” and those the unit must resubmit “Returned”.</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Ctrl+E 导出公文格式的 Word 名单，Ctrl+Shift+E 导出 Excel 表（含审核记录）。</source>
      <translation>Ctrl+E exports the official-format Word list, Ctrl+Shift+E the Excel table (with the review record).</translation>
    </message>
    <message>
      <source>使用说明</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>按键</source>
      <translation>Keys</translation>
    </message>
    <message>
      <source>作用</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>关于…</source>
      <translation>About…</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>修改历史 — {0}</source>
      <translation>History — {0}</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>操作人</source>
      <translation>User</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>原值</source>
      <translation>Old value</translation>
    </message>
    <message>
      <source>新值</source>
      <translation>New value</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>正在导入文件……</source>
      <translation>Importing files…</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>正在读取：{0}</source>
      <translation>Reading: {0}</translation>
    </message>
    <message>
      <source>正在识别文字：{0}（第 {1}/{2} 页）</source>
      <translation>Recognising text: {0} (page {1} of {2})</translation>
    </message>
    <message>
      <source>导入中断：{0}</source>
      <translation>Import interrupted: {0}</translation>
    </message>
  </context>
  <context>
    <name>ImportErrorsDialog</name>
    <message>
      <source>导入结果</source>
      <translation>Import result</translation>
    </message>
    <message>
      <source>已导入 {0} 条记录；以下 {1} 个文件未能读取：</source>
      <translation>Imported {0} records; these {1} files could not be read:</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>已导出：{0}</source>
      <translation>Exported: {0}</translation>
    </message>
    <message>
      <source>记录列表</source>
      <translation>Records</translation>
    </message>
    <message>
      <source>筛选：名称、地区、文件</source>
      <translation>Filter: name, region, file</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>有问题</source>
      <translation>With issues</translation>
    </message>
    <message>
      <source>无法打开项目</source>
      <translation>Cannot open project</translation>
    </message>
    <message>
      <source>新项目保存在哪里？</source>
      <translation>Where should the new project be saved?</translation>
    </message>
    <message>
      <source>表彰名单审核</source>
      <translation>Commendation list review</translation>
    </message>
    <message>
      <source>还没有打开项目</source>
      <translation>No project is open</translation>
    </message>
    <message>
      <source>已保存（每次修改都已自动存入 {0}）</source>
      <translation>Saved (every change is already stored in {0})</translation>
    </message>
    <message>
      <source>其他记录都没有问题</source>
      <translation>No other record has findings</translation>
    </message>
    <message>
      <source>标记为“{0}”</source>
      <translation>Mark as “{0}”</translation>
    </message>
    <message>
      <source>“{0}”标记为“{1}”的原因（记入修改历史和审核记录）：</source>
      <translation>Why is “{0}” marked as “{1}”? (kept in the history and the audit sheet):</translation>
    </message>
    <message>
      <source>请先在列表中选中要审核的记录</source>
      <translation>Select the record to approve in the list first</translation>
    </message>
    <message>
      <source>全部记录都已审核</source>
      <translation>All records are reviewed</translation>
    </message>
    <message>
      <source>“{0}”还有以下问题：

{1}

仍然审核通过吗？</source>
      <translation>“{0}” still has these problems:

{1}

Approve it anyway?</translation>
    </message>
    <message>
      <source>审核通过</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>修正：{0}</source>
      <translation>Fix: {0}</translation>
    </message>
    <message>
      <source>全部修正</source>
      <translation>Fix all</translation>
    </message>
    <message>
      <source>生成简要事迹</source>
      <translation>Condense deeds</translation>
    </message>
    <message>
      <source>从原文填入 {0}</source>
      <translation>Fill {0} from the source</translation>
    </message>
    <message>
      <source>新记录</source>
      <translation>New record</translation>
    </message>
    <message>
      <source>请先选中两条要合并的记录</source>
      <translation>Select the two records to merge first</translation>
    </message>
    <message>
      <source>已合并：保留“{0}”，删去“{1}”（可撤销）</source>
      <translation>Merged: kept “{0}”, removed “{1}” (can be undone)</translation>
    </message>
    <message>
      <source>操作未完成</source>
      <translation>Operation not completed</translation>
    </message>
    <message>
      <source>已审核 {0} / {1}</source>
      <translation>Approved {0} / {1}</translation>
    </message>
    <message>
      <source>请先打开或新建项目</source>
      <translation>Open or create a project first</translation>
    </message>
    <message>
      <source>导入推荐材料</source>
      <translation>Import nominations</translation>
    </message>
    <message>
      <source>推荐材料 (*.docx *.doc *.wps *.pdf *.xlsx *.xls *.csv *.html *.htm *.txt *.zip);;所有文件 (*)</source>
      <translation>Nominations (*.docx *.doc *.wps *.pdf *.xlsx *.xls *.csv *.html *.htm *.txt *.zip);;All files (*)</translation>
    </message>
    <message>
      <source>导入文件夹</source>
      <translation>Import folder</translation>
    </message>
    <message>
      <source>导入完成：{0} 条记录</source>
      <translation>Import finished: {0} records</translation>
    </message>
    <message>
      <source>；跳过 {0} 个已导入过的文件</source>
      <translation>; skipped {0} file(s) already imported</translation>
    </message>
    <message>
      <source>文件已导入过</source>
      <translation>Files already imported</translation>
    </message>
    <message>
      <source>以下 {0} 个文件的内容已在本项目中：

{1}

要怎么处理？</source>
      <translation>The content of these {0} file(s) is already in this project:

{1}

What should be done?</translation>
    </message>
    <message>
      <source>跳过已导入的</source>
      <translation>Skip those already imported</translation>
    </message>
    <message>
      <source>作为新版本再导入</source>
      <translation>Import again as a new version</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>把“{1}”合并到“{0}”？

保留“{0}”（列表中靠前的一条）的内容，“{1}”中它没有的内容补进来，然后删去“{1}”。可以撤销。</source>
      <translation>Merge “{1}” into “{0}”?

“{0}” (the one higher in the list) keeps its values and takes what it lacks from “{1}”; then “{1}” is removed. This can be undone.</translation>
    </message>
    <message>
      <source>打开项目</source>
      <translation>Open project</translation>
    </message>
    <message>
      <source>审核项目 (*{0})</source>
      <translation>Review project (*{0})</translation>
    </message>
    <message>
      <source>新建项目</source>
      <translation>New project</translation>
    </message>
    <message>
      <source>项目另存为</source>
      <translation>Save project as</translation>
    </message>
    <message>
      <source>另存失败</source>
      <translation>Save as failed</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>新建项目…</source>
      <translation>New project…</translation>
    </message>
    <message>
      <source>打开项目…</source>
      <translation>Open project…</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>项目另存为…</source>
      <translation>Save project as…</translation>
    </message>
    <message>
      <source>最近的项目</source>
      <translation>Recent projects</translation>
    </message>
    <message>
      <source>导入文件…</source>
      <translation>Import files…</translation>
    </message>
    <message>
      <source>导入文件夹…</source>
      <translation>Import folder…</translation>
    </message>
    <message>
      <source>导出 Word 名单…</source>
      <translation>Export Word list…</translation>
    </message>
    <message>
      <source>导出 Excel 表…</source>
      <translation>Export Excel table…</translation>
    </message>
    <message>
      <source>项目设置…</source>
      <translation>Project settings…</translation>
    </message>
    <message>
      <source>设置…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>编辑(&amp;E)</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>撤销</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>重做</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>修改历史…</source>
      <translation>History…</translation>
    </message>
    <message>
      <source>把选中的原文放入字段</source>
      <translation>Put selected source text into</translation>
    </message>
    <message>
      <source>把选中的原文追加到字段</source>
      <translation>Append selected source text to</translation>
    </message>
    <message>
      <source>记录(&amp;R)</source>
      <translation>&amp;Records</translation>
    </message>
    <message>
      <source>以所选原文新建记录</source>
      <translation>New record from selected source text</translation>
    </message>
    <message>
      <source>删除记录</source>
      <translation>Delete record</translation>
    </message>
    <message>
      <source>合并重复记录</source>
      <translation>Merge duplicate records</translation>
    </message>
    <message>
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>按地区顺序排列</source>
      <translation>Order by region</translation>
    </message>
    <message>
      <source>按姓氏笔画排列</source>
      <translation>Order by surname strokes</translation>
    </message>
    <message>
      <source>审核(&amp;A)</source>
      <translation>Re&amp;view</translation>
    </message>
    <message>
      <source>审核通过并下一条</source>
      <translation>Approve and next</translation>
    </message>
    <message>
      <source>标记为有疑问</source>
      <translation>Mark as queried</translation>
    </message>
    <message>
      <source>标记为退回</source>
      <translation>Mark as returned</translation>
    </message>
    <message>
      <source>恢复为待审核</source>
      <translation>Back to pending</translation>
    </message>
    <message>
      <source>下一条</source>
      <translation>Next record</translation>
    </message>
    <message>
      <source>上一条</source>
      <translation>Previous record</translation>
    </message>
    <message>
      <source>下一条待审核</source>
      <translation>Next pending record</translation>
    </message>
    <message>
      <source>下一条有问题的记录</source>
      <translation>Next record with findings</translation>
    </message>
    <message>
      <source>筛选列表…</source>
      <translation>Filter the list…</translation>
    </message>
    <message>
      <source>在原文中查找…</source>
      <translation>Find in the document…</translation>
    </message>
    <message>
      <source>查找下一处</source>
      <translation>Find next</translation>
    </message>
    <message>
      <source>查找上一处</source>
      <translation>Find previous</translation>
    </message>
    <message>
      <source>阶段(&amp;S)</source>
      <translation>&amp;Stages</translation>
    </message>
    <message>
      <source>冻结当前名单为阶段…</source>
      <translation>Freeze the current list as a stage…</translation>
    </message>
    <message>
      <source>比较名单…</source>
      <translation>Compare lists…</translation>
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>使用说明</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <source>撤销 {0}</source>
      <translation>Undo {0}</translation>
    </message>
    <message>
      <source>重做 {0}</source>
      <translation>Redo {0}</translation>
    </message>
    <message>
      <source>（没有）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>界面语言</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <source>界面语言将在重新启动后切换。</source>
      <translation>The interface language changes at the next start.</translation>
    </message>
  </context>
  <context>
    <name>PageView</name>
    <message>
      <source>原件页面</source>
      <translation>Original pages</translation>
    </message>
    <message>
      <source>文字</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>显示识别出的文字（可选中文字放入字段）</source>
      <translation>Show the recognised text (select text to put it into a field)</translation>
    </message>
    <message>
      <source>上一页</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>下一页</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>缩小</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>放大</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>适合宽度</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>页面宽度适合窗口</source>
      <translation>Fit the page to the width of the view</translation>
    </message>
    <message>
      <source>第 {0}/{1} 页</source>
      <translation>Page {0} of {1}</translation>
    </message>
  </context>
  <context>
    <name>ProjectSettingsDialog</name>
    <message>
      <source>项目设置</source>
      <translation>Project settings</translation>
    </message>
    <message>
      <source>这些设置属于名单本身，保存在项目文件“{0}”中，导出时（窗口和命令行）都按它们进行。</source>
      <translation>These settings belong to the list and are saved in the project “{0}”; exports from the window and the command line follow them.</translation>
    </message>
    <message>
      <source>名单标题：</source>
      <translation>List title:</translation>
    </message>
    <message>
      <source>如：全国机关事务工作先进集体和先进个人拟表彰名单</source>
      <translation>e.g. the title of the list to be commended</translation>
    </message>
    <message>
      <source>表彰事项：</source>
      <translation>Award:</translation>
    </message>
    <message>
      <source>公示标题中的事项，如：全国机关事务工作先进集体和先进个人</source>
      <translation>The subject named in the notice title</translation>
    </message>
    <message>
      <source>集体称号：</source>
      <translation>Award for collectives:</translation>
    </message>
    <message>
      <source>如：全国机关事务工作先进集体</source>
      <translation>e.g. the collectives’ award name</translation>
    </message>
    <message>
      <source>个人称号：</source>
      <translation>Award for individuals:</translation>
    </message>
    <message>
      <source>如：全国机关事务工作先进个人</source>
      <translation>e.g. the individuals’ award name</translation>
    </message>
    <message>
      <source>不限字数</source>
      <translation>No limit</translation>
    </message>
    <message>
      <source>简要事迹字数上限：</source>
      <translation>Brief deeds limit:</translation>
    </message>
    <message>
      <source>不分组</source>
      <translation>No groups</translation>
    </message>
    <message>
      <source>按地区分组</source>
      <translation>By region</translation>
    </message>
    <message>
      <source>导出时分组：</source>
      <translation>Export grouping:</translation>
    </message>
    <message>
      <source>保持列表顺序</source>
      <translation>Keep the list order</translation>
    </message>
    <message>
      <source>按姓氏笔画</source>
      <translation>By surname strokes</translation>
    </message>
    <message>
      <source>导出时排序：</source>
      <translation>Export order:</translation>
    </message>
    <message>
      <source>不填则使用内置的公文格式</source>
      <translation>Empty: the built-in official format</translation>
    </message>
    <message>
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Word 导出模板（.docx）：</source>
      <translation>Word template (.docx):</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>模板“{0}”不是 .docx 文件（.doc 和 .wps 请先用 Word/WPS 另存为 .docx）。</source>
      <translation>The template “{0}” is not a .docx file (save .doc and .wps as .docx in Word or WPS first).</translation>
    </message>
    <message>
      <source>模板文件“{0}”不存在，请重新选择，或清空使用内置格式。</source>
      <translation>The template “{0}” does not exist: choose it again, or clear it to use the built-in format.</translation>
    </message>
    <message>
      <source>注意：模板“{0}”不像公文格式文件（{1}）。再按一次“确定”仍使用它。</source>
      <translation>Note: the template “{0}” does not look like an official document ({1}). Press OK again to use it anyway.</translation>
    </message>
    <message>
      <source>选择 Word 导出模板</source>
      <translation>Choose a Word template</translation>
    </message>
    <message>
      <source>Word 文档 (*.docx)</source>
      <translation>Word documents (*.docx)</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>记录表单</source>
      <translation>Record form</translation>
    </message>
    <message>
      <source>跳到下一处抽取把握不大的字段</source>
      <translation>Go to the next field extracted with low confidence</translation>
    </message>
    <message>
      <source>通过并下一条</source>
      <translation>Approve and next</translation>
    </message>
    <message>
      <source>标为“已审核”并跳到下一条待审核记录（Ctrl+Enter）</source>
      <translation>Mark as approved and go to the next pending record (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>基本信息</source>
      <translation>Basic information</translation>
    </message>
    <message>
      <source>更多信息（{0}）</source>
      <translation>More ({0})</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>个人信息</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <source>名称取自正文中出现次数最多的单位或人名</source>
      <translation>name taken from the unit or person mentioned most in the text</translation>
    </message>
    <message>
      <source>名称取自标题</source>
      <translation>name taken from the title</translation>
    </message>
    <message>
      <source>标题下只有这一条，可能不是名单中的记录</source>
      <translation>the only entry under its heading; it may not be a list record</translation>
    </message>
    <message>
      <source>原文未写地区，按名单中其他记录推定</source>
      <translation>no region written; inferred from the other records of the list</translation>
    </message>
    <message>
      <source>原文未写地区，按发文机关所在省推定</source>
      <translation>no region written; inferred from the issuing office’s province</translation>
    </message>
    <message>
      <source>原文未写地区，按全文提到的省份推定</source>
      <translation>no region written; inferred from the provinces the document mentions</translation>
    </message>
    <message>
      <source>地区按正文中提到最多的省份推定</source>
      <translation>region inferred from the province mentioned most in the text</translation>
    </message>
    <message>
      <source>原文写的地区不是已知的行政区划</source>
      <translation>the region written is not a known administrative division</translation>
    </message>
    <message>
      <source>原文中没有找到</source>
      <translation>not found in the original</translation>
    </message>
    <message>
      <source>单位职务可能不完整</source>
      <translation>the post may be incomplete</translation>
    </message>
    <message>
      <source>按版式推定</source>
      <translation>inferred from the layout</translation>
    </message>
    <message>
      <source>生成简要事迹</source>
      <translation>Condense deeds</translation>
    </message>
    <message>
      <source>把事迹压缩到字数上限以内（可撤销）</source>
      <translation>Shorten the deeds to the word limit (undoable)</translation>
    </message>
    <message>
      <source>审核状态</source>
      <translation>Review status</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>抽取把握不大（{0:.0%}）：{1}。请核对原文。按 F8 跳到下一处</source>
      <translation>Extracted with low confidence ({0:.0%}): {1}. Please check the original. F8 goes to the next one</translation>
    </message>
    <message>
      <source>{0} 字</source>
      <translation>{0} characters</translation>
    </message>
    <message>
      <source>{0} / {1} 字</source>
      <translation>{0} / {1} chars</translation>
    </message>
    <message>
      <source>自“{0}”以来：</source>
      <translation>Since “{0}”: </translation>
    </message>
  </context>
  <context>
    <name>RecordModel</name>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>个人</source>
      <translation>Individual</translation>
    </message>
    <message>
      <source>集体</source>
      <translation>Collective</translation>
    </message>
    <message>
      <source>地区</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Issues</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>审核状态（图标）：</source>
      <translation>Review status (icon):</translation>
    </message>
    <message>
      <source>检查出的问题条数：&lt;br&gt;&lt;span style='color:#d93025'&gt;红色&lt;/span&gt;＝有错误（如必填项为空、字数超过上限），应当改正&lt;br&gt;黑色＝只有提醒（如标点、空格），可一键修正&lt;br&gt;悬停在数字上可看具体问题</source>
      <translation>Number of findings:&lt;br&gt;&lt;span style='color:#d93025'&gt;red&lt;/span&gt; = errors (a required field empty, deeds over the limit) to correct&lt;br&gt;black = notices only (punctuation, spaces), fixable in one click&lt;br&gt;hover over the number to see them</translation>
    </message>
    <message>
      <source>名称（悬停看全文；拖动列边可调宽度，下次打开时保留）</source>
      <translation>Name (hover for the full text; drag the column edge to resize, kept for next time)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>例如：张三</source>
      <translation>e.g. Zhang San</translation>
    </message>
    <message>
      <source>您的姓名（记入修改记录）：</source>
      <translation>Your name (recorded in the history):</translation>
    </message>
    <message>
      <source>更改界面语言后，需要重新启动 awardtool 才生效。</source>
      <translation>A new interface language takes effect after restarting awardtool.</translation>
    </message>
    <message>
      <source>界面语言：</source>
      <translation>Interface language:</translation>
    </message>
    <message>
      <source>字数上限、Word 模板、名单标题、分组排序和称号属于名单本身，请在“文件 → 项目设置…”中修改。</source>
      <translation>The word limit, Word template, list title, grouping, order and award names belong to the list: change them in File → Project settings….</translation>
    </message>
    <message>
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>默认导出文件夹：</source>
      <translation>Default export folder:</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>请填写您的姓名：修改记录里要写明是谁改的。</source>
      <translation>Please enter your name: the history records who changed what.</translation>
    </message>
    <message>
      <source>请选择默认导出文件夹。</source>
      <translation>Please choose the default export folder.</translation>
    </message>
    <message>
      <source>导出文件夹“{path}”不存在，请重新选择。</source>
      <translation>The export folder “{path}” does not exist; please choose another.</translation>
    </message>
    <message>
      <source>选择默认导出文件夹</source>
      <translation>Choose the default export folder</translation>
    </message>
  </context>
  <context>
    <name>SinceTracker</name>
    <message>
      <source>此后新增的记录</source>
      <translation>Records added since</translation>
    </message>
  </context>
  <context>
    <name>TableGrid</name>
    <message>
      <source>原始文件中的表格</source>
      <translation>Table in the original file</translation>
    </message>
  </context>
  <context>
    <name>WelcomeWidget</name>
    <message>
      <source>欢迎页</source>
      <translation>Welcome</translation>
    </message>
    <message>
      <source>表彰名单审核工具</source>
      <translation>Commendation list review tool</translation>
    </message>
    <message>
      <source>导入各单位的推荐材料，逐条核对先进集体和先进个人，导出公文格式的 Word 名单和 Excel 表。</source>
      <translation>Import the units' nominations, check every collective and individual, and export the official-format Word list and Excel table.</translation>
    </message>
    <message>
      <source>打开项目…</source>
      <translation>Open project…</translation>
    </message>
    <message>
      <source>继续审核已经保存的项目（.awardproj 文件）</source>
      <translation>Continue reviewing a saved project (.awardproj file)</translation>
    </message>
    <message>
      <source>从文件新建项目…</source>
      <translation>New project from files…</translation>
    </message>
    <message>
      <source>选择各单位报来的 Word、WPS、PDF、Excel、网页文字或 zip 压缩包</source>
      <translation>Choose the Word, WPS, PDF, Excel, web text or zip files the units sent</translation>
    </message>
    <message>
      <source>打开示例</source>
      <translation>Open example</translation>
    </message>
    <message>
      <source>用附带的两份示例材料试一试，不会改动您的文件</source>
      <translation>Try the two bundled example documents; your files are not touched</translation>
    </message>
    <message>
      <source>最近的项目</source>
      <translation>Recent projects</translation>
    </message>
    <message>
      <source>还没有打开过项目。从上面的按钮开始吧。</source>
      <translation>No project opened yet. Start with a button above.</translation>
    </message>
    <message>
      <source>提示：可以把文件、文件夹或 zip 压缩包直接拖到这个窗口里导入。按 F1 查看使用说明。</source>
      <translation>Tip: drag files, folders or zip files onto this window to import them. Press F1 for help.</translation>
    </message>
    <message>
      <source>{name}    —    {folder}</source>
      <translation>{name}    —    {folder}</translation>
    </message>
    <message>
      <source>{name}    （找不到文件：{path}）</source>
      <translation>{name}    (file not found: {path})</translation>
    </message>
    <message>
      <source>从列表中移除</source>
      <translation>Remove from list</translation>
    </message>
  </context>
  <context>
    <name>WordLimitSpinBox</name>
    <message>
      <source> 字</source>
      <translation> characters</translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <source>标记为“{0}”</source>
      <translation>Mark as “{0}”</translation>
    </message>
    <message>
      <source>修改 {0}</source>
      <translation>Edit {0}</translation>
    </message>
    <message>
      <source>新建记录 {0}</source>
      <translation>New record {0}</translation>
    </message>
    <message>
      <source>删除记录 {0}</source>
      <translation>Delete record {0}</translation>
    </message>
    <message>
      <source>移动记录</source>
      <translation>Move record</translation>
    </message>
    <message>
      <source>重新排序</source>
      <translation>Reorder</translation>
    </message>
    <message>
      <source>删除 {0} 条记录</source>
      <translation>Delete {0} records</translation>
    </message>
    <message>
      <source>合并重复记录</source>
      <translation>Merge duplicate records</translation>
    </message>
    <message>
      <source>导入 {0}</source>
      <translation>Import {0}</translation>
    </message>
    <message>
      <source>导入 {0} 个文件</source>
      <translation>Import {0} files</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message>
      <source>必填项为空</source>
      <translation>required field empty</translation>
    </message>
    <message>
      <source>简要事迹超过字数上限</source>
      <translation>deeds over the length limit</translation>
    </message>
    <message>
      <source>中文中使用了半角标点</source>
      <translation>half-width punctuation in Chinese text</translation>
    </message>
    <message>
      <source>中文中有多余空格</source>
      <translation>extra space in Chinese text</translation>
    </message>
    <message>
      <source>首尾有多余空格</source>
      <translation>leading or trailing spaces</translation>
    </message>
    <message>
      <source>姓名中有对齐用空格</source>
      <translation>padding spaces in a name</translation>
    </message>
    <message>
      <source>引号或括号不配对</source>
      <translation>unbalanced quotes or brackets</translation>
    </message>
    <message>
      <source>残留网页标记</source>
      <translation>leftover web markup</translation>
    </message>
    <message>
      <source>文字疑似被截断</source>
      <translation>text seems cut off</translation>
    </message>
    <message>
      <source>段落重复</source>
      <translation>repeated paragraph</translation>
    </message>
    <message>
      <source>孤立的序号</source>
      <translation>stray numbering</translation>
    </message>
    <message>
      <source>集体名称不像单位名称</source>
      <translation>does not look like the name of a unit</translation>
    </message>
    <message>
      <source>个人姓名格式异常</source>
      <translation>unusual personal name</translation>
    </message>
    <message>
      <source>重复推荐</source>
      <translation>nominated more than once</translation>
    </message>
    <message>
      <source>所在地区与名称不符</source>
      <translation>region does not match the name</translation>
    </message>
    <message>
      <source>日期月、日编了虚位</source>
      <translation>leading zero in a month or day</translation>
    </message>
  </context>
  <context>
    <name>recovery</name>
    <message>
      <source>最近一份完好的自动备份：{0}，其中有 {1} 条记录、{2} 处修改记录。</source>
      <translation>Newest sound automatic backup: {0}, holding {1} records and {2} journaled changes.</translation>
    </message>
    <message>
      <source>这份备份包含损坏文件中的全部修改。</source>
      <translation>This backup holds every change of the damaged file.</translation>
    </message>
    <message>
      <source>与损坏的文件相比，这份备份缺少最近的 {0} 处修改，恢复后需要重做。</source>
      <translation>Compared with the damaged file, this backup lacks the latest {0} changes; they must be made again after restoring.</translation>
    </message>
    <message>
      <source>无法从损坏的文件得知备份之后又做了多少修改（项目最后保存于 {0}），恢复后需要重做这段时间的修改。</source>
      <translation>The damaged file does not show how many changes were made after this backup (the project was last saved at {0}); changes made since the backup must be made again.</translation>
    </message>
    <message>
      <source>项目文件已损坏</source>
      <translation>Project file damaged</translation>
    </message>
    <message>
      <source>要用这份备份恢复吗？损坏的文件会改名保留，不会删除。</source>
      <translation>Restore this backup? The damaged file is kept under a new name, not deleted.</translation>
    </message>
    <message>
      <source>用备份恢复</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <source>无法恢复</source>
      <translation>Cannot restore</translation>
    </message>
    <message>
      <source>已用 {0} 的备份恢复项目“{1}”。</source>
      <translation>Project “{1}” restored from the backup of {0}.</translation>
    </message>
    <message>
      <source>损坏的文件已改名为“{0}”保留。</source>
      <translation>The damaged file was kept as “{0}”.</translation>
    </message>
    <message>
      <source>已恢复</source>
      <translation>Restored</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>民族</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <source>出生年月</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>政治面貌</source>
      <translation>Political status</translation>
    </message>
    <message>
      <source>文化程度</source>
      <translation>Education</translation>
    </message>
    <message>
      <source>工作单位及职务</source>
      <translation>Work unit and position</translation>
    </message>
    <message>
      <source>所在地区</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>市</source>
      <translation>City</translation>
    </message>
    <message>
      <source>单位性质</source>
      <translation>Unit type</translation>
    </message>
    <message>
      <source>负责人</source>
      <translation>Head</translation>
    </message>
    <message>
      <source>职工人数</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>推荐单位</source>
      <translation>Nominated by</translation>
    </message>
    <message>
      <source>奖项</source>
      <translation>Award</translation>
    </message>
    <message>
      <source>曾获奖励</source>
      <translation>Earlier honours</translation>
    </message>
    <message>
      <source>简要事迹</source>
      <translation>Deeds</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message>
      <source>先进集体</source>
      <translation>Collective</translation>
    </message>
    <message>
      <source>先进个人</source>
      <translation>Individual</translation>
    </message>
  </context>
  <context>
    <name>statuses</name>
    <message>
      <source>待审核</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>已审核</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>有疑问</source>
      <translation>Queried</translation>
    </message>
    <message>
      <source>退回</source>
      <translation>Returned</translation>
    </message>
  </context>
</TS>