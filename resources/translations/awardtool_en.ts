<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>DocumentView</name>
    <message>
      <source>原始文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读取：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— 第 {0} 页 —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>放入字段（替换）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>追加到字段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以所选文字新建记录</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>表彰名单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 文档 (*.docx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出“{0}”失败：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出失败：缺少导出组件（{0}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出失败</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <source>问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部修正</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题（{0}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有发现问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修正</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>改为：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（删除）</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>打开项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入推荐材料（Word、WPS、PDF、Excel、网页文字、zip）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>撤销</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重做</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审核通过并跳到下一条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上一条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查找</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把原文中选中的文字放入表单的第 1…9 个字段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出 Word 名单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出 Excel 表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开本帮助</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把各单位报来的材料拖进窗口，或按 Ctrl+I 选择文件。每份材料里的先进集体和先进个人会被自动找出来。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>逐条核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>左边是原文，右边是表单。逐条看名称、事迹等是否与原文一致；有问题的字段会标出来。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修正 / 一键修复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>直接在表单里改；在原文里选中文字后按 Ctrl+1…把它放入对应字段。常见问题（全角半角标点、多余空格等）可以一键修复。所有修改都能撤销。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审核通过</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核对无误后按 Ctrl+Enter，标为“已审核”并跳到下一条；拿不准的标“有疑问”，需要原单位重报的标“退回”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+E 导出公文格式的 Word 名单，Ctrl+Shift+E 导出 Excel 表（含审核记录）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>使用说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按键</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>作用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关于…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>修改历史 — {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>操作人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>操作</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>原值</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新值</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>正在导入文件……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在读取：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入中断：{0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportErrorsDialog</name>
    <message>
      <source>导入结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导入 {0} 条记录；以下 {1} 个文件未能读取：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>原因</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>已导出：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>记录列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>筛选：名称、地区、文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法打开项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表彰名单审核</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部记录都已审核</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修正：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部修正</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生成简要事迹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从原文填入 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除 {0} 条记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请先选中两条要合并的记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重新排序</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>操作未完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已审核 {0} / {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入推荐材料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>推荐材料 (*.docx *.doc *.wps *.pdf *.xlsx *.xls *.csv *.html *.htm *.txt *.zip);;所有文件 (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入完成：{0} 条记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审核项目 (*{0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>项目另存为</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>另存失败</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建项目…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开项目…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>项目另存为…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入文件夹…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出 Word 名单…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出 Excel 表…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>设置…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>退出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编辑(&amp;E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>撤销</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重做</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修改历史…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把选中的原文放入字段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把选中的原文追加到字段</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>记录(&amp;R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以所选原文新建记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>合并重复记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上移</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下移</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按地区顺序排列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按姓氏笔画排列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审核(&amp;A)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审核通过并下一条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标记为有疑问</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标记为退回</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>恢复为待审核</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上一条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一条待审核</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>筛选…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>使用说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关于</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>撤销 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重做 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>界面语言</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>界面语言将在重新启动后完全生效。</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>记录表单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>基本信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>个人信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生成简要事迹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把事迹压缩到字数上限以内（可撤销）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>备注与状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>审核状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} / {1} 字</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordModel</name>
    <message>
      <source>状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>序号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>个人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>集体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>地区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>设置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>例如：张三</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>您的姓名（记入修改记录）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>更改界面语言后，需要重新启动 awardtool 才生效。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>界面语言：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建项目时事迹的默认字数上限；常用 200、300、500、800、1000、2000 字。每个项目可以单独修改。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>事迹字数上限（默认）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>浏览…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>默认导出文件夹：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不填则使用内置的公文格式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 导出模板（.docx）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>确定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写您的姓名：修改记录里要写明是谁改的。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择默认导出文件夹。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出文件夹“{path}”不存在，请重新选择。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>模板“{path}”不是 .docx 文件（.doc 和 .wps 请先用 Word/WPS 另存为 .docx）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>模板文件“{path}”不存在，请重新选择，或清空使用内置格式。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择默认导出文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择 Word 导出模板</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 文档 (*.docx)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeWidget</name>
    <message>
      <source>欢迎页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表彰名单审核工具</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入各单位的推荐材料，逐条核对先进集体和先进个人，导出公文格式的 Word 名单和 Excel 表。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开项目…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>继续审核已经保存的项目（.awardproj 文件）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从文件新建项目…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择各单位报来的 Word、WPS、PDF、Excel、网页文字或 zip 压缩包</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开示例</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用附带的两份示例材料试一试，不会改动您的文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近的项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还没有打开过项目。从上面的按钮开始吧。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>提示：可以把文件、文件夹或 zip 压缩包直接拖到这个窗口里导入。按 F1 查看使用说明。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}    —    {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}    （找不到文件：{path}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从列表中移除</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WordLimitSpinBox</name>
    <message>
      <source> 字</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <source>标记为“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修改 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建记录 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除记录 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>移动记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>合并重复记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入 {0}</source>
      <translation type="unfinished" />
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
      <source>推荐单位</source>
      <translation>Nominated by</translation>
    </message>
    <message>
      <source>奖项</source>
      <translation>Award</translation>
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