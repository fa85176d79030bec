<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_accounts.py" line="+23"/>
        <source>Sales returns (revenue reversed)</source>
        <extracomment>What each journal account is for, in the accountant&apos;s words.</extracomment>
        <translation>销售退回（冲减收入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output VAT in the refund</source>
        <translation>退款中的销项税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions the shop keeps</source>
        <translation>店铺保留的扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee borne by the shop</source>
        <translation>店铺承担的跨境手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers&apos; return postage paid back by the shop</source>
        <translation>本店补偿客户的退货运费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange differences (foreign refunds, request vs payout)</source>
        <translation>汇兑损益（外币退款申请与付款的汇率差）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store credit owed to customers</source>
        <translation>欠客户的店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay clearing</source>
        <translation>支付宝清算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay clearing</source>
        <translation>微信支付清算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UnionPay clearing</source>
        <translation>银联清算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card acquiring clearing</source>
        <translation>银行卡收单清算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal clearing</source>
        <translation>PayPal 清算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other payment channels</source>
        <translation>其他支付渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>银行存款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>库存现金</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The journal export books every payout to these accounts; debits always equal credits. Codes are digits, as in your chart of accounts.</source>
        <translation>记账凭证导出把每笔打款记入以下科目，借贷始终相等。科目代码为数字，与贵店的会计科目表一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account code</source>
        <translation>科目代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account name</source>
        <translation>科目名称</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_users.py" line="+159"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN (%1 to 12 digits)</source>
        <translation>PIN 码（%1–12 位数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+44"/>
        <source>The two PINs are not the same.</source>
        <extracomment>Room for the services&apos; messages under the name and PIN fields.</extracomment>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="+318"/>
        <source>%1 cannot be shown here; save it and open it with another program.</source>
        <translation>此处无法显示 %1；请另存后用其他程序打开。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · attached by %3 · SHA-256 %4</source>
        <translation>%1 · %2 · 由 %3 附加 · SHA-256 %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Save the file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../merchant_refunds/ui/audit/audit_texts.py" line="+33"/>
        <source>Address</source>
        <extracomment>Shown for a field that had no value (before it was set, or after it was cleared). How many characters a value may take in the list&apos;s one-line summary.</extracomment>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>跨境手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee borne by</source>
        <translation>跨境手续费承担方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee (basis points)</source>
        <translation>跨境手续费（基点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind days before</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>E-mail</source>
        <extracomment>Codes that are not statuses, reasons or methods but still reach the trail as values.</extracomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events before</source>
        <translation>此前事件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded from no-reason returns</source>
        <translation>不适用七天无理由退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected from</source>
        <translation>预计最早到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected by</source>
        <translation>预计最晚到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final sale</source>
        <translation>不退不换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review findings</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods received at</source>
        <translation>退货签收时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods come back</source>
        <translation>需退回商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments allowed</source>
        <translation>允许分期退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop key</source>
        <translation>店铺密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refund from</source>
        <translation>大额退款起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most instalments</source>
        <translation>最多分期数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer&apos;s account</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival counted in</source>
        <translation>到账天数按</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay within (days)</source>
        <translation>付款时限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale</source>
        <translation>预售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed amounts</source>
        <translation>计算金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected at</source>
        <translation>驳回时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for rejecting</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay only after goods arrived</source>
        <translation>退货到达后才付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee (basis points)</source>
        <translation>重新入库费（基点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deduction</source>
        <translation>退货运费扣除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide within (hours)</source>
        <translation>审核时限（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second approval from</source>
        <translation>复核起点金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment</source>
        <translation>期数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped at</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping refunded</source>
        <translation>运费退还规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature recorded by</source>
        <translation>签字登记人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory rules</source>
        <translation>法定规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>实付合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund windows (days)</source>
        <translation>退款期限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded</source>
        <translation>已退数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate date</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency</source>
        <translation>基准币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount share</source>
        <translation>分摊优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds the whole order</source>
        <translation>整单退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before discounts</source>
        <translation>优惠前金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items amount</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>单行优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units on the line</source>
        <translation>该行数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out</source>
        <translation>实付退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee</source>
        <translation>重新入库费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping</source>
        <translation>退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back</source>
        <translation>退回商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value back</source>
        <translation>退回商品价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units out</source>
        <translation>换出商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value out</source>
        <translation>换出商品价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number</source>
        <translation>收款凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund number</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference settled</source>
        <translation>差额结算方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>各件商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit trail</source>
        <extracomment>What an event is about (``AuditEvent.entity``).</extracomment>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily closing</source>
        <translation>日结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop key</source>
        <translation>店铺密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer notice</source>
        <translation>客户通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment statement</source>
        <translation>支付对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail file</source>
        <translation>邮件文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded</source>
        <extracomment>An exchange&apos;s statuses and how its difference is settled (``Settlement``).</extracomment>
        <translation>已登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop refunds the difference</source>
        <translation>商家退还差额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer paid the difference</source>
        <translation>顾客已补差额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same value, no money moves</source>
        <translation>等值换货，无款项往来</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accountant approves second</source>
        <extracomment>Review findings as the trail keeps them (their codes), in a few words each.</extracomment>
        <translation>会计仅可复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid to another account</source>
        <translation>退至非原付款账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category excluded</source>
        <translation>品类不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final sale</source>
        <translation>不退不换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still in transit</source>
        <translation>仍在运输中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>large refund</source>
        <translation>大额退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another open refund</source>
        <translation>已有进行中的退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order not paid</source>
        <translation>订单未付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the refund window</source>
        <translation>超出退款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-sale in production</source>
        <translation>预售已在生产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role not allowed</source>
        <translation>角色无权操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second approval needed</source>
        <translation>需要复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second person needed</source>
        <translation>需要第二人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-approval with PIN</source>
        <translation>凭 PIN 自行批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipping not refunded</source>
        <translation>运费不退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown reason</source>
        <translation>未知原因</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Yes</source>
        <extracomment>Fields holding minor units of the event&apos;s currency (or of each currency in a per-currency map).</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../merchant_refunds/ui/audit/audit_view.py" line="+72"/>
        <source>#</source>
        <extracomment>Room beside a column&apos;s longest text (cell margins, the sort arrow).</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refund, order or user number</source>
        <translation>退款单号、订单号或用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check a code from a closing or a paper</source>
        <translation>核对日结单或纸质单据上的代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The anchor code of a daily closing (A1234-…) or the code on a refund confirmation (RF…): shows whether the records were cut or rewritten since.</source>
        <translation>日结单上的锚点码（A1234-…）或退款确认单上的代码（RF…）：可看出记录此后是否被截断或改写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check code</source>
        <translation>核对代码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail is for the owner and the accountant.</source>
        <translation>审计记录仅供店主和会计查看。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event {id}: {who} — {what} — {entity} {key} — {when}</source>
        <translation>记录 {id}：{who} — {what} — {entity} {key} — {when}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking the audit trail…</source>
        <translation>正在校验审计记录…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The links of all {n} events hold, but the content of {m} of them could not be checked: this computer does not have the shop key (Settings, or merchant-refunds key import).</source>
        <translation>全部 {n} 条事件的链接完好，但其中 {m} 条的内容无法检查：这台电脑上没有店铺密钥（在设置中输入，或使用 merchant-refunds key import）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail is intact: all {n} events check out.</source>
        <translation>审计记录完整：全部 {n} 条记录校验通过。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its content was changed</source>
        <translation>其内容被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the part of the trail sealed with the shop key is missing</source>
        <translation>用店铺密钥封存的那部分审计记录不见了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was sealed with another key than this shop&apos;s</source>
        <translation>它是用另一把密钥封存的，而不是本店的密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event before it was changed or removed</source>
        <translation>它之前的某条记录被改动或删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail is broken at event {id} ({what}): {reason}. The {n} events before it are intact.</source>
        <translation>审计记录在第 {id} 条（{what}）处断开：{reason}。之前的 {n} 条记录完好。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the code…</source>
        <translation>正在核对代码…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/backup_actions.py" line="+31"/>
        <location line="+4"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Merchant Refunds database (*.sqlite3 *.db);;All files (*)</source>
        <translation>商户退款数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the database with the backup %1? Work saved after the backup was made is not in it; the current database is kept in the backups folder.</source>
        <translation>用备份 %1 替换数据库吗？备份之后保存的操作不在其中；当前数据库会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type your PIN to restore %1.</source>
        <translation>请输入您的 PIN 码以恢复 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
</context>
<context>
    <name>BatchPrintBar</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="+704"/>
        <source>Print selected…</source>
        <translation>打印所选…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save selected as PDF…</source>
        <translation>将所选保存为 PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln refund(s) selected</source>
        <translation>
            <numerusform>已选择 %Ln 笔退款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/change_pin.py" line="+83"/>
        <source>Change my PIN</source>
        <translation>修改我的 PIN 码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current PIN</source>
        <translation>当前 PIN 码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+28"/>
        <source>Type your current PIN.</source>
        <translation>请输入当前 PIN 码。</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your new PIN is saved.</source>
        <translation>新 PIN 码已保存。</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/closing_dialog.py" line="+69"/>
        <location line="+113"/>
        <location line="+24"/>
        <location line="+179"/>
        <source>Daily closing</source>
        <translation>日结单</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving or printing records the closing in the audit trail; keep the paper. Its anchor code shows later whether the records were cut or rewritten.</source>
        <translation>保存或打印时，日结单会记入审计记录；请保管好纸质单据。日后凭其锚点码可看出记录是否被截断或改写。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Adding up the day…</source>
        <translation>正在汇总当日数据…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requested</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts sent</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts failed</source>
        <translation>付款失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total refunded (completed)</source>
        <translation>累计退款（已完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid out (received)</source>
        <translation>累计付出（已到账）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No refunds or payouts yet.</source>
        <translation>尚无退款或付款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anchor code: %1</source>
        <translation>锚点码：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paid late %1</source>
        <translation>逾期付款于%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · legal last day %2 · %3</source>
        <translation>%1 · 法定最后期限%2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Past the legal refund deadline (%n)</source>
        <translation>
            <numerusform>已过法定退款期限（%n笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+77"/>
        <source>Daily closing %1</source>
        <translation>日结单 %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Save the daily closing</source>
        <translation>保存日结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recording and saving the closing…</source>
        <translation>正在记录并保存日结单…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recording the closing…</source>
        <translation>正在记录日结单…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer %1 is not available</source>
        <translation>打印机 %1 不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing is recorded; save it as PDF and print that file.</source>
        <translation>日结单已记入审计记录；请保存为 PDF 后再打印该文件。</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/code_lookup.py" line="+37"/>
        <source>The refund number and verification code printed under the QR code, e.g. RF20261126-0001-ABCD2345. Press Enter to look it up.</source>
        <translation>二维码下方印的退款单号和校验码，例如 RF20261126-0001-ABCD2345。按回车键查找。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund not found</source>
        <translation>找不到退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no refund %1.</source>
        <translation>没有退款 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the number on the paper; it may belong to another shop.</source>
        <translation>请核对纸上的单号，它可能属于其他店铺。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a refund code</source>
        <translation>不是退款单编码</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Check this paper</source>
        <translation>请核查这张单据</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>This paper does not match the record</source>
        <translation>这张单据与系统记录不符</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Code on the paper</source>
        <translation>单据上的编码</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>✓ Matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The paper matches the record</source>
        <translation>单据与系统记录一致</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No code</source>
        <translation>无校验码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened by number; no code was given</source>
        <translation>已按单号打开；未提供校验码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ No match</source>
        <translation>✗ 不一致</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The records were changed after this paper was printed</source>
        <translation>此单据打印后，记录被改动过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Trail changed</source>
        <translation>✗ 记录已被改动</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You can still open refund %1 to compare it with the paper.</source>
        <translation>您仍可打开退款 %1，与纸质单据核对。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open refund %1</source>
        <translation>打开退款 %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationOptions</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="-580"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter 信纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm receipt</source>
        <translation>80 毫米小票</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ConfirmationPreviewDialog</name>
    <message>
        <location line="+46"/>
        <location line="+41"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Customer signs…</source>
        <translation>顾客签字…</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/first_start.py" line="+41"/>
        <source>China (mainland)</source>
        <extracomment>Countries with a public-holiday calendar for business days; the shop&apos;s country picks one.</extracomment>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
</context>
<context>
    <name>CreditBalancesDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/credit_balances_dialog.py" line="+43"/>
        <source>Store-credit balances</source>
        <translation>店铺余额结存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every customer&apos;s store credit at the end of the day, rebuilt from the ledger: what the shop owes in credit (the journal&apos;s store-credit account).</source>
        <translation>按余额明细账重算每位客户在当日结束时的店铺余额，即本店以余额形式欠客户的金额（记账科目中的店铺余额科目）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At the end of</source>
        <translation>截至当日结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the balances</source>
        <translation>保存余额结存</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Adding up the store-credit balances…</source>
        <translation>正在汇总店铺余额…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1: %2 balances, owed in total %3</source>
        <translation>已保存 %1：%2 笔余额，合计应付 %3</translation>
    </message>
</context>
<context>
    <name>CreditMovementDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/store_credit_dialog.py" line="+165"/>
        <source>Pay out store credit in cash</source>
        <translation>以现金支付店铺余额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use store credit</source>
        <translation>使用店铺余额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: %1</source>
        <translation>可用余额：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 25.00</source>
        <translation>例如 25.00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt number</source>
        <translation>销售小票号</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/database_choice.py" line="+44"/>
        <source>Database on this computer</source>
        <translation>本机使用的数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default file, or a path, or postgresql://user@server/shop</source>
        <translation>默认文件、文件路径，或 postgresql://用户@服务器/店铺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used from the next start. Several counters share one PostgreSQL server.</source>
        <translation>下次启动时生效。多个收银台可共用一台 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this database</source>
        <translation>使用此数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: restart Merchant Refunds to use it.</source>
        <translation>已保存：重新启动商户退款后生效。</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/deadline_texts.py" line="+28"/>
        <source>Legal deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>审核到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due</source>
        <translation>付款到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met: paid in time</source>
        <translation>已遵守：按时退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open: not paid yet, still in time</source>
        <translation>未结：尚未退款，仍在期限内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By the order&apos;s country</source>
        <translation>按订单所在国家或地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (7 days after the goods are back)</source>
        <translation>中国（收到退货后7日内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU / UK (14 days after the notice)</source>
        <translation>欧盟/英国（收到撤回通知后14日内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (7 working days, card: one cycle)</source>
        <translation>美国（7个工作日，信用卡为一个账单周期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeductionDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/goods_dialogs.py" line="+154"/>
        <source>Deduct for diminished value</source>
        <translation>商品折损扣款</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shown to the customer on the confirmation</source>
        <translation>将显示在退款确认单上，客户可见</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For handling beyond what was needed to try the goods (EU 2011/83 Art. 14(2); goods not 完好 under the 7-day rule). At most the policy&apos;s share of the unit&apos;s value; only before money is paid and the paper is signed.</source>
        <translation>因超出试用所需的使用造成商品价值减损时可扣款（欧盟 2011/83 号指令第 14 条第 2 款；七天无理由退货中商品不完好）。扣款不超过政策规定的单件价值比例；只能在付款和客户签字之前扣款。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/domain_texts.py" line="+7"/>
        <source>  Left out: {count} orders (below); the others are in.</source>
        <translation>  未导入：{count} 个订单（见下）；其余已导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Order discount ({kind}) {label}: {amount}</source>
        <translation>  订单优惠（{kind}）{label}：{amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  marked arrived {arrived}, already matched {matched}, already received {received}, refunds completed {completed}</source>
        <translation>  标为已到账 {arrived}，此前已匹配 {matched}，此前已到账 {received}，退款完成 {completed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  new {new}, unchanged {unchanged}, changed {changed}, linked {linked}, failing {failed}, conflicts {conflicts}</source>
        <translation>  新增 {new}，未变 {unchanged}，有变更 {changed}，已关联 {linked}，失败 {failed}，冲突 {conflicts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  statement refunds with no payout here {unmatched}, payouts missing from the statement {missing}</source>
        <translation>  对账单中本系统无对应付款的退款 {unmatched}，对账单中缺少的付款 {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  would arrive {arrived}, already matched {matched}, already received {received}, refunds completed {completed}</source>
        <translation>  将标为已到账 {arrived}，此前已匹配 {matched}，此前已到账 {received}，退款完成 {completed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {label}: {amount}</source>
        <translation>  {label}：{amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (at {user}&apos;s counter)</source>
        <translation>（在 {user} 的柜台）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (by {user})</source>
        <translation>（由 {user}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (cannot override)</source>
        <translation>（不可破例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (override by {user}: {reason})</source>
        <translation>（{user} 破例：{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (single-owner self-approval, PIN re-entered)</source>
        <translation>（唯一店主自行批准，已再次输入 PIN 码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the owner may override)</source>
        <translation>（店主可破例放行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> at {rate} {currency}→{payout_currency} on {day}</source>
        <translation>，汇率 {rate}（{currency}→{payout_currency}，{day}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(csv)</source>
        <translation>（csv）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: the shop&apos;s currency)</source>
        <translation>（默认：本店币种）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from FILE)</source>
        <translation>（由文件名判断）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(… and more: write the lists with --unmatched-out / --missing-out)</source>
        <translation>（……还有更多：用 --unmatched-out / --missing-out 写出完整清单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, account {account}</source>
        <translation>，账号 {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, ref {reference}</source>
        <translation>，流水号 {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--at is required</source>
        <translation>需要 --at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--bank-account, --bank-holder and --bank-name are for --destination bank_transfer</source>
        <translation>--bank-account、--bank-holder 和 --bank-name 用于 --destination bank_transfer（银行转账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--bank-account, --bank-holder and --bank-name are for --method bank_transfer</source>
        <translation>--bank-account、--bank-holder 和 --bank-name 用于 --method bank_transfer（银行转账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--category takes SKU=CATEGORY, not {value}</source>
        <translation>--category 的格式是 SKU=类别，而不是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from and --to are required</source>
        <translation>需要 --from 和 --to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--fx-date goes with --payout-currency and --fx-rate</source>
        <translation>--fx-date 须与 --payout-currency 和 --fx-rate 一起使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--instalments splits what is left; leave out --amount</source>
        <translation>--instalments 会拆分剩余金额；请不要同时给出 --amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit must be from 1 to 1000</source>
        <translation>--limit 必须在 1 到 1000 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--line takes SKU=QTY or #LINE=QTY, not {spec!r}</source>
        <translation>--line 的格式是 SKU=数量 或 #行号=数量，而不是 {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--out takes SKU=QTY@PRICE:NAME (TEA-09=1@300.00:Oolong), not {spec!r}</source>
        <translation>--out 的写法是 SKU=数量@单价:名称（如 TEA-09=1@300.00:乌龙茶），而不是 {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--payout is a payout number: 1, 2, …</source>
        <translation>--payout 是付款序号：1、2、…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--postage-receipt and --postage-override go with --return-postage</source>
        <translation>--postage-receipt 和 --postage-override 须与 --return-postage 一起使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--reason or --template must say why; the customer will see it</source>
        <translation>--reason 或 --template 必须写明原因；客户会看到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--unit takes SKU[/N]=CONDITION[:NOTE], not {spec!r}</source>
        <translation>--unit 的写法是 SKU[/N]=状况[:备注]，而不是 {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--until is required</source>
        <translation>需要 --until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.csv or .xlsx</source>
        <translation>.csv 或 .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 {currency} = {rate} {home} on {day}</source>
        <translation>{day}：1 {currency} = {rate} {home}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 7-day no-reason return takes the goods back: choose units, not an amount</source>
        <translation>七天无理由退货须退回商品：请选择退货件数，而非金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is 4 to 12 digits</source>
        <translation>PIN 码须为 4 至 12 位数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is needed for {user}: set {env} or run in a terminal to be asked</source>
        <translation>{user} 需要输入 PIN 码：请设置 {env}，或在终端中运行以便输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SKU rule needs a SKU or pattern</source>
        <translation>SKU 规则需要填写 SKU 或匹配模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank card or account number is 12 to 19 digits</source>
        <translation>银行卡号或账号须为 12 至 19 位数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank statement needs a column mapping (--mapping)</source>
        <translation>银行对账单需要列对应关系（--mapping）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank transfer needs the account holder, the bank and the account number</source>
        <translation>银行转账需要填写户名、开户银行和账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk can cancel only their own refund requests that are not yet approved</source>
        <translation>店员只能取消自己提交、尚未批准的退款申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A closing is written as .pdf, .csv or .xlsx, not {name}</source>
        <translation>日结只能保存为 .pdf、.csv 或 .xlsx，而不是 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deadline can be extended by at most {days} days from today</source>
        <translation>期限最多只能延长到今天起{days}天内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deadline set by law cannot be extended by the shop</source>
        <translation>法律规定的期限不能由店铺延长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deduction for line {line} unit {unit} is already recorded</source>
        <translation>第 {line} 行第 {unit} 件已记录过扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deduction must be an amount above zero</source>
        <translation>扣款金额必须大于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee cannot be more than 100%</source>
        <translation>手续费不能超过 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new PIN is needed for {user}: set {env} or run in a terminal to be asked</source>
        <translation>需要为 {user} 设置新 PIN 码：请设置 {env}，或在终端中运行以便输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice template has an unmatched {{ or }}</source>
        <translation>通知模板中的 {{ 或 }} 不成对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice template is at most 2000 characters</source>
        <translation>通知模板最多 2000 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number in the settings has more than {limit} characters</source>
        <translation>设置中的某个数字超过 {limit} 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A receipt number is only for a difference the customer pays</source>
        <translation>只有顾客补差价时才需要收款凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery key has 56 letters and digits in 14 groups of four; this one has {n}</source>
        <translation>恢复密钥共 56 个字母和数字，每组四个，共 14 组；这个有 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund by amount is for one line (--line) or the whole order</source>
        <translation>按金额退款针对一个商品行（--line）或整个订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund by amount takes no units and no shipping: refund those separately</source>
        <translation>按金额退款不退商品件数，也不退运费：如需退这些，请另行申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rejection reason is in zh or en, not {lang}</source>
        <translation>驳回原因的语言只能是 zh 或 en，不能是 {lang}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A store-credit amount must be above zero</source>
        <translation>店铺余额金额必须大于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name is 1 to 64 characters without spaces</source>
        <translation>登录名为 1 至 64 个字符，不能含空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {role} cannot {action}</source>
        <translation>{role} 角色无权执行此操作：{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {name} as {role}.</source>
        <translation>已添加 {name}，角色为{role}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded by amount</source>
        <translation>已按金额退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account code is 1 to 20 digits: {value}</source>
        <translation>科目代码为 1 到 20 位数字：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exchange rate has at most {digits} significant digits: {value}</source>
        <translation>汇率最多{digits}位有效数字：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open refund already covers units of {name} ({sku})</source>
        <translation>{name}（{sku}）已在另一笔进行中的退款申请里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order discount cannot be negative</source>
        <translation>订单优惠不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor code: {code}</source>
        <translation>锚定码：{code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor code: {code}  (event {event}, {state})</source>
        <translation>锚定码：{code}（事件 {event}，{state}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another counter is saving right now ({holder}); please try again</source>
        <translation>另一台收银台正在保存（{holder}），请稍后再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another counter is saving right now; please try again</source>
        <translation>另一台收银台正在保存，请稍后再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval still waits for a supplier who agrees.</source>
        <translation>审批仍在等待供应商同意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival days for {name} must be whole numbers from 0 to {max}</source>
        <translation>{name} 的到账天数须为 0 至 {max} 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {cap} of return postage is paid back (the policy&apos;s maximum)</source>
        <translation>退货运费补偿最多 {cap}（退款政策上限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} rejection reasons can be kept</source>
        <translation>最多只能保存 {limit} 条驳回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {max} SKU rules; use patterns</source>
        <translation>SKU 规则最多 {max} 条，请使用匹配模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {n} instalments; pay the rest now</source>
        <translation>最多分 {n} 期退款，本次请付清剩余金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At or above {threshold}: a second person, not the requester, must approve</source>
        <translation>金额达到 {threshold}：须由申请人以外的另一人复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to {refund_no} ({stage}):</source>
        <translation>已附到 {refund_no}（{stage}）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail intact: {checked} events checked (not keyed yet: it is keyed at the next change).</source>
        <translation>审计记录完好：已检查 {checked} 条事件（尚未用密钥保护：下次更改时会加上密钥）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail intact: {checked} events checked, keyed with the shop key from event {first} on.</source>
        <translation>审计记录完好：已检查 {checked} 条事件，从第 {first} 条起已用店铺密钥保护。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backs the rejection</source>
        <translation>驳回依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance     none (no store credit yet)</source>
        <translation>余额  无（尚无店铺余额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance     {amount}</source>
        <translation>余额  {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by the refund policy: {reasons}</source>
        <translation>退款政策不允许：{reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked: a request needs the owner&apos;s --override REASON (where allowed).</source>
        <translation>已拦截：提交申请需要店主的 --override 原因（在允许破例时）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked: recording it needs the owner&apos;s --override REASON (where allowed).</source>
        <translation>已拦截：记录此换货需要店主的 --override 原因（在允许破例时）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By amount: {kind} on {where}; no units taken</source>
        <translation>按金额退款：{where}的{kind}；不退商品件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter (,)</source>
        <translation>CSV 分隔符（,）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot combine {a} with {b}</source>
        <translation>{a} 与 {b} 不能混合计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot copy {path}: {error}</source>
        <translation>无法复制 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>无法创建文件夹 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {path}: {error}</source>
        <translation>无法打开 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {url}: {error}</source>
        <translation>无法打开 {url}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the column mapping {path}: {error}</source>
        <translation>无法读取列对应关系 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the shop key {path}: {error}</source>
        <translation>无法读取店铺密钥 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore into {path}: {error}</source>
        <translation>无法恢复到 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save the shop key in {path}: {error}</source>
        <translation>无法将店铺密钥保存到 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot watch the database for other counters&apos; changes: {error}</source>
        <translation>无法监视数据库中其他收银台的修改：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed mind (7-day no-reason return)</source>
        <translation>不想要了（七天无理由退货）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {sections}</source>
        <translation>已更改：{sections}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup, not the database itself</source>
        <translation>请选择备份文件，而不是数据库本身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one file to attach</source>
        <translation>请至少选择一个要附加的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one unit given out; without any this is a refund</source>
        <translation>请至少选择一件换出商品；没有换出商品请办理退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one unit the customer returns</source>
        <translation>请至少选择一件顾客退回的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one unit, the shipping, or everything left</source>
        <translation>请至少选择一件商品、运费或“退还全部剩余”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>顾客补差价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation (goods kept)</source>
        <translation>瑕疵补偿（仅退款）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {source} to {target}: {rows} rows, audit trail intact.</source>
        <translation>已把 {source} 复制到 {target}：共 {rows} 行，审计记录完好。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the mail server: {error}</source>
        <translation>无法连接邮件服务器：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>跨境手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer    {customer}</source>
        <translation>客户  {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily closing 日结单 {day}</source>
        <translation>日结单 {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>运输途中损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database URLs ({url}) are not supported; use a file path or postgresql://…</source>
        <translation>不支持此类数据库地址（{url}）；请使用文件路径或 postgresql://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database problem: {error}</source>
        <translation>数据库问题：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the instalment in the agreed plan</source>
        <translation>约定分期计划中的付款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates can be by request, approval, payout or receipt, not {value}</source>
        <translation>日期只能按申请、批准、打款或到账，不能按 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction for diminished value</source>
        <translation>商品折损扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data written to {path}</source>
        <translation>演示数据已写入 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest sent: {late} late, {due_soon} due soon</source>
        <translation>日报已发送：{late} 项逾期，{due_soon} 项即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount share</source>
        <translation>优惠分摊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate payment</source>
        <translation>重复付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each unit given out needs a SKU of at most 64 characters</source>
        <translation>每件换出商品都需要 SKU（最多 64 个字符）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>数码电子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the receipt number of the sale</source>
        <translation>请输入销售小票号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>等价，无差价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event {event_id} in the audit trail is not the one the code was copied from: the trail was rewritten (or the code was mistyped)</source>
        <translation>审计记录中的第 {event_id} 条已不是抄录代码时的那一条：审计记录被改写过（或代码输入有误）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event {event_id} is no longer in the audit trail: the trail was cut after the code was copied</source>
        <translation>审计记录中已没有第 {event_id} 条：抄录代码之后，审计记录被截断了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>换货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange quote for order {order_no} ({currency}), reason {reason}</source>
        <translation>订单 {order_no} 的换货预算（{currency}），原因：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} has no record in the audit trail</source>
        <translation>换货单 {exchange_no} 在审计记录中没有记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} is already cancelled</source>
        <translation>换货单 {exchange_no} 已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} takes back {count} units of line {line}, not unit {unit}</source>
        <translation>换货单 {exchange_no} 第 {line} 行退回 {count} 件，没有第 {unit} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} · order {order_no} · {status} · reason {reason}</source>
        <translation>换货 {exchange_no} · 订单 {order_no} · {status} · 原因：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected arrival of the payout</source>
        <translation>退款预计到账日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended by the owner</source>
        <translation>店主已延长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE holds only this section&apos;s object</source>
        <translation>文件中只包含这一部分的对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback is recorded after the refund is paid; {refund_no} is {status}</source>
        <translation>退款打款后才能记录客户反馈；{refund_no} 当前为{status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback on {refund_no}: {stars} ({rating}/5), recorded by {user} {at}</source>
        <translation>{refund_no} 的客户反馈：{stars}（{rating}/5），由 {user} 于 {at} 记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filling {path} with demo data…</source>
        <translation>正在向 {path} 写入演示数据……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings:</source>
        <translation>审核结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings: none</source>
        <translation>审核结果：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {name} the earliest arrival is after the latest</source>
        <translation>{name} 的最早到账时间晚于最晚到账时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh and perishable goods</source>
        <translation>鲜活易腐商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates</source>
        <translation>所需步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give REFUND_NO and -o FILE.pdf, or --verify CODE (see: --help)</source>
        <translation>请给出 退款单号 和 -o 文件.pdf，或 --verify 校验码（见 --help）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give both --shop NAME and --owner NAME</source>
        <translation>请同时给出 --shop 店名 和 --owner 店主名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one order file, or a Taobao order list and its line list ({count} given)</source>
        <translation>请给出一个订单文件，或一份淘宝订单报表及其宝贝报表（现给出 {count} 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the rating too: --rating 1 to 5</source>
        <translation>请同时给出评分：--rating 1 到 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the receipt or tracking number of the return postage</source>
        <translation>请填写退货运费的单据号或快递单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods inspection</source>
        <translation>验货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash: {hash}</source>
        <translation>哈希：{hash}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home goods</source>
        <translation>家居用品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household appliances</source>
        <translation>家用电器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file} ({format}, {encoding}, {rows} rows)</source>
        <translation>已导入 {file}（{format}，{encoding}，{rows} 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments are 1 to 366 days apart</source>
        <translation>分期间隔为 1 到 366 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments means 2 or more payouts</source>
        <translation>分期退款至少分 2 笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid policy value: {value}</source>
        <translation>退款政策设置值无效：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovery key on paper now: {command}</source>
        <translation>请立即把恢复密钥打印保存在纸上：{command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id {key_id}, shop {shop_id}.</source>
        <translation>密钥编号 {key_id}，店铺 {shop_id}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEGAL DEADLINE</source>
        <translation>法定退款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refund (at or above {threshold}): the customer must sign the confirmation before payment; instalments are allowed</source>
        <translation>大额退款（{threshold} 及以上）：付款前须由客户在退款确认单上签字确认；可分期退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>延迟送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (China, Consumer Rights Protection Law Art. 25): refund within 7 days of receiving the returned goods</source>
        <translation>法律（中国《消费者权益保护法》第二十五条）：收到退回商品之日起七日内退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (EU Directive 2011/83 Art. 13, UK): refund within 14 days of the withdrawal notice</source>
        <translation>法律（欧盟第2011/83号指令第13条、英国）：收到撤回通知后14日内退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (US, 16 CFR 435): credit the card within one billing cycle</source>
        <translation>法律（美国16 CFR 435）：一个账单周期内退回信用卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (US, 16 CFR 435): refund within 7 working days</source>
        <translation>法律（美国16 CFR 435）：7个工作日内退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal deadline of {refund_no} now due by {day}</source>
        <translation>{refund_no} 的法定期限现为 {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal limit</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line number {line} appears twice</source>
        <translation>行号 {line} 重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}) is given twice</source>
        <translation>第 {line} 行（{sku}）重复给出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}) unit {unit}: at most {cap} may be deducted (unit value {value})</source>
        <translation>第 {line} 行（{sku}）第 {unit} 件：最多可扣 {cap}（单件价值 {value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the discount must be between 0 and the line amount</source>
        <translation>第 {line} 行（{sku}）：折扣须在 0 到本行金额之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the quantity must be a whole number</source>
        <translation>第 {line} 行（{sku}）：数量须为整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the quantity must be at least 1</source>
        <translation>第 {line} 行（{sku}）：数量至少为 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the tax rate must be from 0 to 1</source>
        <translation>第 {line} 行（{sku}）：税率须在 0 到 1 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the unit price cannot be negative</source>
        <translation>第 {line} 行（{sku}）：单价不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): {amount} asked, only {left} left to refund</source>
        <translation>第 {line} 行（{sku}）：申请退款 {amount}，仅剩 {left} 可退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): {wanted} units asked, only {left} left to refund</source>
        <translation>第 {line} 行（{sku}）：申请退 {wanted} 件，只剩 {left} 件可退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} has no SKU</source>
        <translation>第 {line} 行缺少 SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} has {count} returned units on {refund_no}, not unit {unit}</source>
        <translation>退款 {refund_no} 第 {line} 行退回 {count} 件，没有第 {unit} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} unit {unit} of {refund_no} has not been received and inspected</source>
        <translation>退款 {refund_no} 第 {line} 行第 {unit} 件尚未收货验货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {name!r}: the discount is more than the line amount</source>
        <translation>商品行 {name!r}：折扣超过了该行金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSED</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made to order</source>
        <translation>消费者定作商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant Refunds 商户退款: money-exact, audited refunds for a small shop.</source>
        <translation>商户退款 Merchant Refunds：为小店处理金额精确、全程审计的退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>配件缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money has already been paid on {refund_no}: no deduction can be made now</source>
        <translation>退款 {refund_no} 已经付款，现在不能再扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money has already been sent for {refund_no}</source>
        <translation>退款 {refund_no} 已有款项打出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name one unit as SKU/N or #LINE/N, not {spec!r}</source>
        <translation>请用 SKU/N 或 #行号/N 指定一件商品，而不是 {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the customer: phone, e-mail or name</source>
        <translation>请指明客户：手机号、电子邮箱或姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN for {user}: </source>
        <translation>{user} 的新 PIN 码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN set for {name}.</source>
        <translation>已为 {name} 设置新 PIN 码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest event: {event}</source>
        <translation>最新事件：{event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newspapers and magazines</source>
        <translation>报纸、期刊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No PIN given for {user}</source>
        <translation>没有输入 {user} 的 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active user called {name}</source>
        <translation>没有名为 {name} 的已启用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attached file {id}</source>
        <translation>没有编号为 {id} 的附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup file at {path}</source>
        <translation>{path} 处没有备份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No business days found in the calendar</source>
        <translation>日历中找不到工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database at {path}: run `merchant-refunds init` to set one up there</source>
        <translation>{path} 处没有数据库：请运行 `merchant-refunds init` 在该处建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database file at {path}</source>
        <translation>{path} 处没有数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchange rate of {currency} to {home} for {day} or the 7 days before: enter one (Reports → Exchange rates, or merchant-refunds rates set)</source>
        <translation>没有{day}或此前7天{currency}兑{home}的汇率：请先录入（报表 → 汇率，或 merchant-refunds rates set）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchange rates entered.</source>
        <translation>尚未录入汇率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchange {exchange_no}</source>
        <translation>没有换货单 {exchange_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback recorded for {refund_no}.</source>
        <translation>{refund_no} 尚无客户反馈记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files on {refund_no}</source>
        <translation>{refund_no} 没有附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up: copy the notice or save it as an .eml file</source>
        <translation>尚未设置邮件服务器：请复制通知或另存为 .eml 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notice {id}</source>
        <translation>没有编号为 {id} 的通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order {order_no}</source>
        <translation>找不到订单 {order_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders match {text!r}.</source>
        <translation>没有与 {text!r} 匹配的订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No public-holiday calendar for country {country}</source>
        <translation>没有国家/地区 {country} 的法定节假日日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refund has reached a legal refund deadline yet.</source>
        <translation>尚无退款到达法定退款期限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refund {refund_no}</source>
        <translation>找不到退款 {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refunds or payouts yet.</source>
        <translation>尚无退款或付款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rejection reason {key}; the reasons are: {keys}</source>
        <translation>没有驳回原因 {key}；现有的原因为：{keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No returned goods recorded.</source>
        <translation>尚未记录退回的商品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature record {id}</source>
        <translation>找不到签字记录 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such folder: {path}</source>
        <translation>文件夹不存在：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No supplier answer recorded for {refund_no}.</source>
        <translation>{refund_no} 尚无供应商答复记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user called {name}</source>
        <translation>找不到用户 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody could approve a large refund that an owner requested: the shop has {owners} active owner(s) and {accountants} active accountant(s) for this rule</source>
        <translation>店主本人申请的大额退款将无人可以批准：按此规则，本店现有 {owners} 位在职店主、{accountants} 位在职会计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date (YYYY-MM-DD) for {what}: {value}</source>
        <translation>{what}不是有效日期（YYYY-MM-DD）：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>不是有效日期（YYYY-MM-DD）：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a refund code: {text} (expected RF…-XXXXXXXX)</source>
        <translation>不是退款单号：{text}（应为 RF…-XXXXXXXX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount: {text}</source>
        <translation>不是有效金额：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an anchor code: {text} (expected A&lt;number&gt;-XXXX-XXXX-XXXX-XXXX)</source>
        <translation>不是锚点码：{text}（应为 A&lt;编号&gt;-XXXX-XXXX-XXXX-XXXX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an exchange rate: {rate}</source>
        <translation>不是有效汇率：{rate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON (line {line}, column {col}): {msg}</source>
        <translation>JSON 格式有误（第 {line} 行，第 {col} 列）：{msg}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON: the order is empty</source>
        <translation>JSON 格式有误：订单内容为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON: the text is not UTF-8 (byte {position}); save it as UTF-8</source>
        <translation>JSON 格式有误：文本不是 UTF-8 编码（第 {position} 个字节）；请另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON: {name} is not a number; write amounts as text such as &quot;128.00&quot;</source>
        <translation>JSON 格式有误：{name} 不是数字；金额请写成文本，例如 &quot;128.00&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: a number in the JSON has more than {limit} characters</source>
        <translation>不是有效的订单：JSON 中有数字超过 {limit} 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: the JSON is larger than {limit} bytes</source>
        <translation>不是有效的订单：JSON 大于 {limit} 字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: the JSON is nested more than {limit} levels deep</source>
        <translation>不是有效的订单：JSON 嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: the field {key} is given twice</source>
        <translation>不是有效的订单：字段 {key} 出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left to refund on order {order_no}</source>
        <translation>订单 {order_no} 已没有可退的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing late or due soon: no digest sent</source>
        <translation>没有逾期或即将到期的事项：未发送日报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change</source>
        <translation>没有需要修改的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the settings given are the ones stored</source>
        <translation>无需更改：给出的设置与已保存的相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to follow up.</source>
        <translation>没有需要跟进的事项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices are in zh or en, not {lang}</source>
        <translation>通知语言只能是 zh 或 en，不能是 {lang}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On another counter or a new computer: merchant-refunds key import</source>
        <translation>在另一台柜台或新电脑上：merchant-refunds key import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only large refunds can be paid in instalments</source>
        <translation>只有大额退款才能分期退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the owner can override a block</source>
        <translation>只有店主可以强制放行被拦截的退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the shop owner can add users</source>
        <translation>只有店主可以添加用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the shop owner can change the shop profile</source>
        <translation>只有店主可以修改店铺资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {left} is left to pay on {refund_no}</source>
        <translation>退款 {refund_no} 只剩 {left} 待付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {types} files can be attached; this file is not one of them</source>
        <translation>只能附加 {types} 文件，此文件不属于这些类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>已拆封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} already exists</source>
        <translation>订单 {order_no} 已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} already has refunds here; the file changes what was paid or refunded, so it is not overwritten</source>
        <translation>订单 {order_no} 在本店已有退款；文件改变了实付或已退金额，因此不予覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} appears again, apart from its earlier rows</source>
        <translation>订单 {order_no} 再次出现，且与它前面的行不相连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has more than one row in the order list {orders}</source>
        <translation>订单 {order_no} 在订单报表 {orders} 中有不止一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no SKU {sku} (its SKUs: {skus})</source>
        <translation>订单 {order_no} 没有 SKU {sku}（其 SKU：{skus}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no line with SKU {sku}</source>
        <translation>订单 {order_no} 没有 SKU 为 {sku} 的商品行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no line {line}</source>
        <translation>订单 {order_no} 没有第 {line} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no lines</source>
        <translation>订单 {order_no} 没有商品行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has not been paid; there is nothing to refund</source>
        <translation>订单 {order_no} 尚未付款，没有可退的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is cancelled</source>
        <translation>订单 {order_no} 已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is in the line list {lines} but not in the order list {orders}</source>
        <translation>订单 {order_no} 在宝贝报表 {lines} 中，但不在订单报表 {orders} 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is in the order list {orders} but has no rows in the line list {lines}</source>
        <translation>订单 {order_no} 在订单报表 {orders} 中，但在宝贝报表 {lines} 中没有任何行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is {status}; it cannot have been delivered</source>
        <translation>订单 {order_no} 的状态为 {status}，不可能已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} · {status} · {currency}</source>
        <translation>订单 {order_no} · {status} · {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>换出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the {days}-day refund window for this reason: delivered on {delivered}, last day was {deadline}</source>
        <translation>已超过此原因的 {days} 天退款期限：{delivered} 签收，最后一天为 {deadline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override</source>
        <translation>破例放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in another currency</source>
        <translation>以其他币种支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in {currency}</source>
        <translation>以 {currency} 支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out</source>
        <translation>已打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid so far</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paying in another currency needs both --payout-currency and --fx-rate</source>
        <translation>以其他币种付款需要同时给出 --payout-currency 和 --fx-rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of {refund_no} now due by {day}</source>
        <translation>{refund_no} 的付款期限现为 {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} has already been paid again</source>
        <translation>{refund_no} 的第 {seq} 笔打款已经重新支付过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} has not failed</source>
        <translation>{refund_no} 的第 {seq} 笔打款并未失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} is {status}, not scheduled</source>
        <translation>{refund_no} 的第 {seq} 笔打款为{status}，不是待打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} is {status}: only a sent payout can fail</source>
        <translation>{refund_no} 的第 {seq} 笔打款为{status}：只有已发出的打款才能标记失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts changed while the statement was being matched; please run it again</source>
        <translation>匹配对账单期间打款记录有变动，请重新运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts the statement does not show:</source>
        <translation>对账单中没有的付款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform discount</source>
        <translation>平台优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter an amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the account&apos;s name</source>
        <translation>请填写科目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the reason for overriding the block</source>
        <translation>请填写强制放行的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the reason for rejecting; the customer will see it</source>
        <translation>请填写驳回原因，客户会看到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the reason for the deduction</source>
        <translation>请填写扣款原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please say why</source>
        <translation>请说明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please say why the payout failed</source>
        <translation>请说明打款失败的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy setting {name} cannot be more than {most}</source>
        <translation>退款政策设置{name}不能超过{most}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy setting {name} must be a whole number &gt;= 0</source>
        <translation>退款政策设置 {name} 须为不小于 0 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy setting {name} must be at least 1</source>
        <translation>退款政策设置{name}至少为1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL needs the psycopg2 package; install psycopg2-binary</source>
        <translation>PostgreSQL 需要 psycopg2 软件包；请安装 psycopg2-binary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale</source>
        <translation>预售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale order already in production: the supplier must confirm before the refund can be approved</source>
        <translation>预售订单已投产：须经供应商确认后才能审批退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, in production</source>
        <translation>预售生产中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, not started</source>
        <translation>预售待生产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale: waiting for the supplier&apos;s answer</source>
        <translation>预售：等待供应商答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of {file} ({format}, {encoding}, {rows} rows)</source>
        <translation>预览 {file}（{format}，{encoding}，{rows} 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>价格调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price difference</source>
        <translation>退差价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it, keep the paper away from the computer, then delete the file.</source>
        <translation>请打印出来，把纸存放在远离电脑的地方，然后删除这个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>收款凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciled {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds</source>
        <translation>已对账 {file}（{format}，{encoding}，{period}）：{rows} 行，{refunds} 笔退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded for {refund_no}: {supplier} answered {answer} (asked {day}).</source>
        <translation>已为 {refund_no} 记录：{supplier} 的答复为「{answer}」（询问日期 {day}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key of this shop (keep it on paper, away from the computer):</source>
        <translation>本店的恢复密钥（请抄在纸上，存放在远离电脑的地方）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund by amount</source>
        <translation>按金额退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund quote for order {order_no} ({currency}), reason {reason}</source>
        <translation>订单 {order_no} 的退款预算（{currency}），原因：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to original payment</source>
        <translation>原路退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund total</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} already has scheduled instalments</source>
        <translation>退款单 {refund_no} 已经安排了分期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} can hold at most {limit} files; it has {held}</source>
        <translation>退款 {refund_no} 最多只能附加 {limit} 个文件，现已有 {held} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} does not agree with its audit trail ({detail}); no money can move until the owner has checked the database (merchant-refunds check)</source>
        <translation>退款 {refund_no} 与其审计记录不一致（{detail}）；在店主检查数据库（merchant-refunds check）之前不能付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} does not need a self-approval: approve it as usual</source>
        <translation>退款 {refund_no} 无需自行审批：请按常规批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} does not wait for a supplier</source>
        <translation>退款单 {refund_no} 无需等待供应商确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} found, but no verification code was given</source>
        <translation>已找到退款单 {refund_no}，但没有输入验证码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no deadline of the shop&apos;s own to extend</source>
        <translation>退款{refund_no}没有可延长的本店期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no goods to return</source>
        <translation>退款 {refund_no} 无需退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no payout waiting for confirmation</source>
        <translation>退款 {refund_no} 没有等待确认到账的打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no payout {seq}</source>
        <translation>退款单 {refund_no} 没有第 {seq} 笔打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no request in the audit trail</source>
        <translation>审计记录中找不到退款 {refund_no} 的申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has scheduled instalments: send payout {seq} instead</source>
        <translation>退款单 {refund_no} 已安排分期：请发出第 {seq} 笔打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is already decided</source>
        <translation>退款单 {refund_no} 已有审批结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is already signed</source>
        <translation>退款 {refund_no} 已签字确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is cancelled: no file can be attached</source>
        <translation>退款 {refund_no} 已取消，不能再附加文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is for a pre-sale order in production: record the supplier&apos;s agreement before approving it</source>
        <translation>退款单 {refund_no} 对应的预售订单已在生产中：批准前请先记录供应商的同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is not rejected: evidence of a rejection goes with the rejection</source>
        <translation>退款 {refund_no} 未被驳回：驳回凭证须随驳回一并提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is {status}: cannot sign it</source>
        <translation>退款 {refund_no} 状态为 {status}，不能签字确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is {status}: cannot {action} it</source>
        <translation>退款 {refund_no} 状态为 {status}，不能执行此操作：{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is {status}: no signature can be attached</source>
        <translation>退款 {refund_no} 状态为 {status}，不能附加签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} needs the customer&apos;s signed confirmation before any money is paid</source>
        <translation>退款 {refund_no} 须先由客户签字确认，才能付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} of the difference still counts: cancel or reject it first</source>
        <translation>差价退款 {refund_no} 仍然有效：请先取消或驳回该退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} takes back no unit of line {line}</source>
        <translation>退款 {refund_no} 不退回第 {line} 行的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} · order {order_no} · {status}</source>
        <translation>退款 {refund_no} · 订单 {order_no} · {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund/receipt</source>
        <translation>退款单/收款凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refundable</source>
        <translation>可退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to {path}</source>
        <translation>报表已保存到 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resaleable</source>
        <translation>完好可售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee</source>
        <translation>退货手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {db_path} from {source}.</source>
        <translation>已从 {source} 恢复 {db_path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage   {amount} paid back, receipt {receipt}</source>
        <translation>退货运费   已退还 {amount}，凭证 {receipt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage is paid back only when the goods come back</source>
        <translation>只有退回商品时才补偿退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage is paid back only when the shop is at fault (reason {reason}); an owner may override with a reason</source>
        <translation>只有本店责任的退款才补偿退货运费（退款原因 {reason}）；店主可填写理由后破例补偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage paid back</source>
        <translation>退货运费补偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping</source>
        <translation>退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deduction</source>
        <translation>扣除退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to stock</source>
        <translation>退回入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review of {refund_no} now due by {day}</source>
        <translation>{refund_no} 的审核期限现为 {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku} is on lines {lines} of order {order_no}: name the line instead, e.g. --line &apos;#{first}&apos;</source>
        <translation>SKU {sku} 出现在订单 {order_no} 的第 {lines} 行：请改用行号，例如 --line &apos;#{first}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku} is on lines {lines} of order {order_no}: name the line instead, e.g. --line &apos;#{first}={qty}&apos;</source>
        <translation>SKU {sku} 出现在订单 {order_no} 的第 {lines} 行：请改用行号，例如 --line &apos;#{first}={qty}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the supplier answered: --answer agreed, refused or pending</source>
        <translation>请说明供应商的答复：--answer agreed（同意）、refused（拒绝）或 pending（待答复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to refund: --line SKU=QTY (repeatable), --all, or --shipping</source>
        <translation>请说明退什么：--line SKU=数量（可重复）、--all 或 --shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to set: --delivered, --category, --final-sale or --not-final-sale</source>
        <translation>请说明要设置什么：--delivered、--category、--final-sale 或 --not-final-sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who at the supplier was asked (up to 200 characters)</source>
        <translation>请填写询问的供应商联系人（最多 200 个字符）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who is acting: --user NAME (or set {env})</source>
        <translation>请说明操作人：--user 用户名（或设置 {env}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the deadline is extended</source>
        <translation>请说明延长期限的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>待打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security is starttls, ssl or none</source>
        <translation>加密方式只能是 starttls、ssl 或 none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a new database at {path} (schema {schema}).</source>
        <translation>已在 {path} 建立新数据库（结构版本 {schema}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up {shop} at {where}: {owner} is its owner.</source>
        <translation>已在 {where} 创建 {shop}：店主为 {owner}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>差价处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping is not refundable for this reason under the shop&apos;s policy</source>
        <translation>按本店退款政策，此原因不退运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping is not refunded for this refund under the policy ({rule})</source>
        <translation>按退款政策（{rule}），本次退款不退运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop counter</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop discount</source>
        <translation>店铺优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop&apos;s limit: decide within {hours} hours of the request</source>
        <translation>本店时限：申请提交后{hours}小时内审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop&apos;s limit: pay within {days} business days of approval or the goods&apos; return</source>
        <translation>本店时限：批准或退货到店后{days}个工作日内付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop&apos;s limit: pay within {days} days of approval or the goods&apos; return</source>
        <translation>本店时限：批准或退货到店后{days}天内付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature record {id} no longer matches its SHA-256</source>
        <translation>签字记录 {id} 与其 SHA-256 校验值不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-owner self-approval: {name} approved his own request after re-entering his PIN</source>
        <translation>单一店主自行审批：{name} 重新输入 PIN 码后批准了本人提交的申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-owner self-approvals (PIN re-entered):</source>
        <translation>唯一店主自行审批（已再次输入 PIN 码）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend-threshold discount</source>
        <translation>满减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the program on it to create the owner&apos;s account, or run: merchant-refunds init --shop NAME --owner NAME</source>
        <translation>用它启动程序以创建店主账户，或运行：merchant-refunds init --shop 店名 --owner 姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement refunds with no payout here:</source>
        <translation>对账单中本系统无对应付款的退款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stationery</source>
        <translation>文具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit is in the customer&apos;s balance at once; it cannot fail</source>
        <translation>店铺余额会立即计入客户余额，不会失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit of {customer} now {amount}</source>
        <translation>{customer} 的店铺余额现为 {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableware</source>
        <translation>餐具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax is charged on lines that cost nothing</source>
        <translation>金额为零的商品行上计了税</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea</source>
        <translation>茶叶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IBAN {account} is not valid</source>
        <translation>IBAN {account} 无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file is incomplete or damaged</source>
        <translation>PDF 文件不完整或已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN of {name} is shorter than this shop&apos;s minimum of {min} digits: choose a new one when signing in to the program, or ask the owner to reset it</source>
        <translation>{name} 的 PIN 码短于本店要求的最少 {min} 位：请在程序中登录时设置新的 PIN 码，或请店主重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accountant approves only refunds at or above the second-approval threshold</source>
        <translation>会计只能批准达到复核金额的退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount cannot be negative: {text}</source>
        <translation>金额不能为负数：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is too large: {text}</source>
        <translation>金额过大：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount to refund must be more than zero</source>
        <translation>退款金额必须大于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attached file {name} is damaged: it no longer matches its SHA-256</source>
        <translation>附件 {name} 已损坏：内容与其 SHA-256 不再相符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail in the backup {path} cannot be checked: this computer does not have its shop key (merchant-refunds key import); it is not restored</source>
        <translation>无法检查备份 {path} 中的审计记录：这台电脑上没有它的店铺密钥（merchant-refunds key import）；未恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail in the backup {path} is broken at event {event} ({problem}); it is not restored</source>
        <translation>备份 {path} 中的审计记录在事件 {event} 处断开（{problem}）；不予恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is broken at event {event}: {problem} ({checked} events before it are intact)</source>
        <translation>审计记录在第 {event} 条事件处断开：{problem}（其前 {checked} 条事件完好）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is empty.</source>
        <translation>审计记录为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is empty: no anchor code.</source>
        <translation>审计记录为空：没有锚定码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is keyed (key {key_id}), but this computer does not have the key: enter it from the recovery sheet with `merchant-refunds key import`.</source>
        <translation>审计记录已用密钥保护（密钥 {key_id}），但本机没有该密钥：请用 `merchant-refunds key import` 输入恢复密钥单上的密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is keyed (key {key_id}); this computer has the key.</source>
        <translation>审计记录已用密钥保护（密钥 {key_id}）；本机有该密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is not keyed yet; it gets its key at the next change.</source>
        <translation>审计记录尚未用密钥保护；下次更改时会加上密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail on the server is broken at event {event}</source>
        <translation>服务器上的审计记录在事件 {event} 处断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail up to event {event_id} is broken at event {broken_event_id}: {problem}</source>
        <translation>到第 {event_id} 条为止的审计记录在第 {broken_event_id} 条处断开：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {path} is damaged ({problem}); choose another one</source>
        <translation>备份 {path} 已损坏（{problem}）；请选择其他备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {path} was made by a newer version (schema {found}); please update Merchant Refunds first</source>
        <translation>备份 {path} 由更新的版本生成（结构版本 {found}）；请先升级商户退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card number {account} fails its check digit</source>
        <translation>卡号 {account} 校验位不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing of {day} (event {event_id}) recorded the trail&apos;s head at event {head_id}, which is no longer in the trail: the trail was cut</source>
        <translation>{day} 的日结单（第 {event_id} 条）记下的审计记录末尾为第 {head_id} 条，但该条已不在审计记录中：审计记录被截断了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing of {day} (event {event_id}) recorded the trail&apos;s head at event {head_id}, which now has another hash: the trail was rewritten</source>
        <translation>{day} 的日结单（第 {event_id} 条）记下的审计记录末尾为第 {head_id} 条，但该条的哈希已不同：审计记录被改写过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing of {day} (event {event_id}) recorded {recorded_count} {item} totalling {recorded} {currency}; the records now show {count} totalling {now} {currency}: refunds or payouts were deleted</source>
        <translation>{day} 的日结单（第 {event_id} 条）记下 {item} {recorded_count} 笔，共 {recorded} {currency}；现在的记录只有 {count} 笔，共 {now} {currency}：有退款或付款被删除了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing record (event {event_id}) cannot be read: {error}</source>
        <translation>无法读取日结记录（第 {event_id} 条）：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code holds: event {event_id} is in the audit trail as recorded, and the trail up to it is intact ({checked} events checked)</source>
        <translation>代码核对无误：第 {event_id} 条仍按原样在审计记录中，到该条为止的审计记录完整（已核对 {checked} 条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code matches refund {refund_no}, but the audit trail was cut or changed before this paper was printed (at event {event_id}): the records may have been altered since, or the code was mistyped</source>
        <translation>代码与退款单 {refund_no} 相符，但此单据打印时（第 {event_id} 条）之前的审计记录已被截断或改动：记录此后可能被篡改，或代码输入有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column mapping is not valid JSON: {error}</source>
        <translation>列对应关系不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column mapping may name only {fields}</source>
        <translation>列对应关系只能包含 {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column mapping needs &quot;date&quot; and either &quot;amount&quot; or &quot;debit&quot;</source>
        <translation>列对应关系需要 &quot;date&quot;，以及 &quot;amount&quot; 或 &quot;debit&quot; 之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is longer than 2000 characters</source>
        <translation>评价超过 2000 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The confirmation PDF is not valid</source>
        <translation>退款确认单 PDF 无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of {path} failed its check ({problem}); the database itself may be damaged</source>
        <translation>{path} 的副本未通过检查（{problem}）；数据库本身可能已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy on the server differs from the file ({detail}); do not use it</source>
        <translation>服务器上的副本与文件不一致（{detail}）；请勿使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has already signed the confirmation of {refund_no}: a deduction would change the signed amount</source>
        <translation>客户已在退款 {refund_no} 的确认单上签字，扣款会改变已签字的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has only {balance} of store credit</source>
        <translation>客户的店铺余额只有 {balance}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer pays {amount}: please give the receipt number of that payment</source>
        <translation>顾客需补差价 {amount}：请填写该笔收款的凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s name is missing</source>
        <translation>缺少客户姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL gives {option} twice</source>
        <translation>数据库地址中 {option} 出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL has an option this program does not know: {option} (known: {known})</source>
        <translation>数据库地址中有本程序不认识的选项：{option}（可用：{known}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL {url} has an invalid port</source>
        <translation>数据库地址 {url} 的端口无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL {url} names no database</source>
        <translation>数据库地址 {url} 没有指明数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL&apos;s {option} must be a whole number, not {value}</source>
        <translation>数据库地址中的 {option} 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL&apos;s {option} must be one of {allowed}, not {value}</source>
        <translation>数据库地址中的 {option} 必须是 {allowed} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has orders; demo data goes only into an empty database</source>
        <translation>数据库中已有订单；演示数据只能放入空数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has users; demo data goes only into a new, empty database</source>
        <translation>数据库中已有用户；演示数据只能放入全新的空数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database as it was is kept at {kept}.</source>
        <translation>原来的数据库保留在 {kept}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database check failed</source>
        <translation>数据库检查未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy in another program; try again</source>
        <translation>数据库正被其他程序占用，请重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is still open elsewhere: {holders}. Close Merchant Refunds there, then restore</source>
        <translation>数据库仍在别处打开：{holders}。请先在那里关闭商户退款，再恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database names no valid shop</source>
        <translation>数据库中没有有效的店铺标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day is required</source>
        <translation>需要日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the supplier was asked cannot be later than today</source>
        <translation>询问供应商的日期不能晚于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deduction {amount} is more than what is left of the refund ({total})</source>
        <translation>扣款 {amount} 超过了退款剩余金额（{total}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery date {date} is before the order was placed ({placed})</source>
        <translation>签收日期 {date} 早于下单日期（{placed}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery date {date} is in the future</source>
        <translation>签收日期 {date} 晚于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo makes {low} to {high} orders, not {n}</source>
        <translation>演示数据可生成 {low} 至 {high} 个订单，不能是 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digest could not be sent: {error}</source>
        <translation>日报发送失败：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digest needs an e-mail address</source>
        <translation>日报需要填写电子邮箱地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full; nothing was saved</source>
        <translation>磁盘已满，未保存任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange rate must be a positive number</source>
        <translation>汇率须为正数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange rate must be a positive number: {value}</source>
        <translation>汇率必须是正数：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange rate must convert from {currency}</source>
        <translation>汇率须以 {currency} 为原币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange&apos;s difference changed while you were entering it (now {amount}); please check it again</source>
        <translation>您填写期间换货差价已变化（现为 {amount}），请重新核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column {column}</source>
        <translation>文件中没有“{column}”列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size_mb} MB; at most {limit_mb} MB can be attached</source>
        <translation>文件大小为 {size_mb} MB，最多只能附加 {limit_mb} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first instalment cannot be due in the past</source>
        <translation>第一期的打款日期不能早于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first user must be the shop owner</source>
        <translation>第一个用户必须是店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods are still in transit: intercept the parcel or wait for its return</source>
        <translation>商品仍在运输途中：请拦截包裹或等待退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods of exchange {exchange_no} have already been received</source>
        <translation>换货单 {exchange_no} 的退回商品已经验收过了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods of {refund_no} are already recorded as received</source>
        <translation>退款 {refund_no} 的退货已登记为收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file is incomplete or damaged</source>
        <translation>图片文件不完整或已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key {key} is used twice</source>
        <translation>代码 {key} 重复使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key {key} must be 1 to 32 lower-case letters, digits, - or _</source>
        <translation>代码 {key} 须为 1 至 32 个小写字母、数字、- 或 _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The links of all {checked} events hold, but the content of {unchecked} events from event {first} on could not be checked: this computer does not have the shop key (merchant-refunds key import)</source>
        <translation>全部 {checked} 条事件的链接完好，但从第 {first} 条起的 {unchecked} 条事件内容无法检查：这台电脑上没有店铺密钥（merchant-refunds key import）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock time is 0 (never) to 240 minutes</source>
        <translation>锁屏时间为 0（从不）至 240 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server refused the message: {error}</source>
        <translation>邮件服务器拒收了邮件：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money goes to an account other than the one that paid</source>
        <translation>退款将付到与原付款账户不同的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new last day must be after the current one ({due_on})</source>
        <translation>新的最后期限必须晚于当前期限（{due_on}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is empty</source>
        <translation>备注为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is longer than 2000 characters</source>
        <translation>备注超过 2000 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice is empty</source>
        <translation>通知内容为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of business days must be 0 or more</source>
        <translation>工作日天数须为 0 或以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of instalments must be 1 or more</source>
        <translation>分期数必须至少为 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order discounts ({discount}) exceed the amount of the lines ({lines})</source>
        <translation>订单优惠（{discount}）超过了商品金额（{lines}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order does not add up: lines {lines} - discounts {discounts} + shipping {shipping} + tax {tax} = {expected}, but the file says {total}</source>
        <translation>订单金额对不上：商品 {lines} − 优惠 {discounts} + 运费 {shipping} + 税 {tax} = {expected}，但文件中为 {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order does not add up: lines {lines} - discounts {discounts} + shipping {shipping} = {expected}, but the file says {total}</source>
        <translation>订单金额对不上：商品 {lines} − 优惠 {discounts} + 运费 {shipping} = {expected}，但文件中为 {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has no customer e-mail address</source>
        <translation>该订单没有客户邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order number is longer than 64 characters</source>
        <translation>订单号超过 64 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order number is missing</source>
        <translation>缺少订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The owner&apos;s digest is off (Settings → Notices)</source>
        <translation>店主日报已关闭（设置 → 通知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper matches refund {refund_no} ({status}, {total})</source>
        <translation>纸质单据与退款单 {refund_no} 一致（{status}，{total}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payout amount must be above zero</source>
        <translation>打款金额须大于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payout failed: pay again another way</source>
        <translation>付款失败：请换一种方式重新付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port is a number from 1 to 65535</source>
        <translation>端口为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rating is a whole number from 1 to 5</source>
        <translation>评分为 1 到 5 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason is longer than 500 characters</source>
        <translation>原因超过 500 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason {key} needs its text in Chinese and in English</source>
        <translation>驳回原因 {key} 需要填写中文和英文两种文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt or tracking number is longer than {n} characters</source>
        <translation>单据号或快递单号超过 {n} 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record of {name} does not agree with the audit trail ({detail}); nobody can sign in as {name} until the owner has checked the database (merchant-refunds check)</source>
        <translation>{name} 的记录与审计记录不一致（{detail}）；在店主检查数据库（merchant-refunds check）之前，任何人都不能以 {name} 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typing mistake: please check each group</source>
        <translation>恢复密钥有输入错误：请逐组核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference is longer than 128 characters</source>
        <translation>流水号超过 128 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund amount changed while you were entering it (now {total}); please check it again</source>
        <translation>填写期间退款金额已变化（现为 {total}），请重新核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund amount {total} is too large to print</source>
        <translation>退款金额 {total} 过大，无法打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The return postage must be an amount above zero</source>
        <translation>退货运费金额必须大于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The returned goods of {refund_no} have not been received yet</source>
        <translation>退款 {refund_no} 的退货尚未收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule for {pattern} sets neither a category nor final sale</source>
        <translation>{pattern} 的规则既未设置类目，也未设置售出不退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>再输入一次同一 PIN 码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender must be an e-mail address</source>
        <translation>发件人必须是邮箱地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setting {name} is given twice</source>
        <translation>设置项 {name} 重复给出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are nested more than {limit} levels deep</source>
        <translation>设置的嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are not valid JSON (line {line}, column {column}): {problem}</source>
        <translation>设置不是有效的 JSON（第 {line} 行，第 {column} 列）：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file is not UTF-8 text</source>
        <translation>设置文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shipping fee cannot be negative</source>
        <translation>运费不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop key file {path} is damaged</source>
        <translation>店铺密钥文件 {path} 已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop key is saved on this computer.</source>
        <translation>店铺密钥已保存到这台电脑。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop needs a name</source>
        <translation>店铺需要名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop needs at least one active owner</source>
        <translation>店铺至少需要一位已启用的店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shortest PIN can be {low} to {high} digits</source>
        <translation>PIN 码最短位数可设为 {low} 至 {high} 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is after the end date</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement format is one of {formats}, not {value}</source>
        <translation>对账单格式应为 {formats} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supplier&apos;s answer is agreed, refused or pending, not {answer}</source>
        <translation>供应商的答复只能是同意、拒绝或尚未答复，不能是 {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring cannot store the password: {error}</source>
        <translation>系统密钥环无法保存密码：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target must be a postgresql:// URL</source>
        <translation>目标必须是 postgresql:// 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs differ; nothing was changed</source>
        <translation>两次输入的 PIN 码不一致；未做任何更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The verification code does not match refund {refund_no}: the paper is not a true copy of the record, or the record was changed</source>
        <translation>验证码与退款单 {refund_no} 不一致：纸质单据不是记录的真实副本，或记录已被改动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} contains {problem}</source>
        <translation>{what}中含有{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} is longer than {limit} characters</source>
        <translation>{what}超过 {limit} 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} is too large to store</source>
        <translation>{what} 数值过大，无法保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then add the staff: {command}</source>
        <translation>然后添加员工：{command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a user called {name}</source>
        <translation>已有名为 {name} 的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not have the shop key that protects the audit trail; enter it from the recovery sheet (merchant-refunds key import) before saving anything</source>
        <translation>这台电脑上没有保护审计记录的店铺密钥；请先从恢复单输入密钥（merchant-refunds key import），然后才能保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is not set up yet: run `merchant-refunds init` (or start the program) to set it up</source>
        <translation>此数据库尚未建立：请运行 `merchant-refunds init`（或启动程序）进行建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was written by a newer version (schema {found}); please update Merchant Refunds</source>
        <translation>此数据库由更新的版本写入（结构版本 {found}）；请升级商户退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database&apos;s audit trail is not keyed yet; it gets a key of its own at the next change</source>
        <translation>此数据库的审计记录尚未加密钥；下次有变更时会生成自己的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds tables of another program, not Merchant Refunds</source>
        <translation>此文件包含其他程序的数据表，不是商户退款的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a recovery key</source>
        <translation>这不是恢复密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This notice is not an e-mail</source>
        <translation>此通知不是邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This notice was already sent</source>
        <translation>此通知已经发送过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reason pays back an amount, not whole units: give the amount to refund</source>
        <translation>此退款原因按金额退款，而非整件退款：请填写退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key belongs to another shop (or another database), not to this one</source>
        <translation>此恢复密钥属于另一家店铺（或另一个数据库），不属于当前数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This refund is at or above the second-approval threshold: another owner must approve it, not the requester</source>
        <translation>该退款达到复核金额：须由另一位店主批准，申请人本人不能批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This refund is at or above the second-approval threshold: another owner or the accountant must approve it, not the requester</source>
        <translation>该退款达到复核金额：须由另一位店主或会计批准，申请人本人不能批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop is already set up; its owner adds users (users add)</source>
        <translation>本店已设置完成；由店主添加用户（users add）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop&apos;s PINs have at least {min} digits</source>
        <translation>本店的 PIN 码至少为 {min} 位数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop&apos;s database is on a PostgreSQL server: back it up there (pg_dump); see docs/operations.md</source>
        <translation>本店数据库在 PostgreSQL 服务器上：请在服务器上备份（pg_dump），参见 docs/operations.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop&apos;s database is on a PostgreSQL server: restore it there from its dump (pg_restore); see docs/operations.md</source>
        <translation>本店数据库位于 PostgreSQL 服务器上：请在服务器上用其转储文件恢复（pg_restore）；参见 docs/operations.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s digest was already sent</source>
        <translation>今天的日报已经发送过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: {name} is locked until {until}</source>
        <translation>PIN 码错误次数过多：{name} 已锁定至 {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two files are read as Taobao&apos;s order list and line list only, without a mapping</source>
        <translation>两个文件只能作为淘宝的订单报表和宝贝报表读取，不能使用列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery key from the sheet</source>
        <translation>请输入恢复单上的恢复密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected {kind}: {error} (this is a bug; please report it with the lines above)</source>
        <translation>意外的 {kind}：{error}（这是程序缺陷；请连同上面的内容一起报告）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UnionPay</source>
        <translation>银联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: a name of at most 500 characters is needed</source>
        <translation>换出商品 {sku}：需要填写商品名称（最多 500 个字符）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: the price and quantity must be whole numbers</source>
        <translation>换出商品 {sku}：单价和数量必须是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: the price cannot be below zero</source>
        <translation>换出商品 {sku}：单价不能小于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: the quantity must be at least 1</source>
        <translation>换出商品 {sku}：数量至少为 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back received</source>
        <translation>退回商品已收货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back worth</source>
        <translation>退回商品价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units out worth</source>
        <translation>换出商品价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown condition: {condition} (one of: {choices})</source>
        <translation>未知的验货状况：{condition}（可选：{choices}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown currency: {currency}</source>
        <translation>未知币种：{currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown export: {name}</source>
        <translation>未知的导出类型：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in the mapping: {field}</source>
        <translation>列映射中有未知字段：{field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown format: {format}</source>
        <translation>未知格式：{format}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown journal account: {name}</source>
        <translation>未知的会计科目：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown language: {lang}</source>
        <translation>未知语言：{lang}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown notice channel: {channel}</source>
        <translation>未知的通知渠道：{channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown notice: {event}</source>
        <translation>未知的通知：{event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment method: {name}</source>
        <translation>未知支付方式：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payout method: {method}</source>
        <translation>未知退款方式：{method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown placeholder {{{name}}}; use: {known}</source>
        <translation>未知的占位符 {{{name}}}；可用：{known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown policy setting: {name}</source>
        <translation>未知退款政策设置：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown refund reason: {reason} (one of: {choices})</source>
        <translation>未知退款原因：{reason}（可选：{choices}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role: {role} (owner, clerk or accountant)</source>
        <translation>未知角色：{role}（可选 owner 店主、clerk 店员、accountant 会计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown setting {name} in {where} (known: {known})</source>
        <translation>{where} 中没有设置项 {name}（可用：{known}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown settings section: {name} (known: {known})</source>
        <translation>没有设置部分 {name}（可用：{known}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown shop setting: {name}</source>
        <translation>未知店铺设置：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stage {stage}: use request, inspection or rejection</source>
        <translation>未知环节 {stage}：请使用 request、inspection 或 rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown status: {value}</source>
        <translation>未知的状态：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stock movement: {value} (one of: {choices})</source>
        <translation>未知的库存变动：{value}（可选：{choices}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsealed audio, video and software</source>
        <translation>已拆封的音像制品、计算机软件等数字化商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use either --self-approve or --authorised-by, not both</source>
        <translation>--self-approve 和 --authorised-by 只能用其一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use journal_sources for the journal</source>
        <translation>记账凭证请使用 journal_sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {name} exists with role {role}; the demo needs a fresh database</source>
        <translation>用户 {name} 已存在（角色 {role}）；演示数据需要全新的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat shop</source>
        <translation>微信小店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale</source>
        <translation>批发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --amount, --line names one line: SKU or #LINE, not {spec!r}</source>
        <translation>与 --amount 一起用时，--line 指定一个商品行：SKU 或 #行号，而不是 {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a refund by amount the customer keeps the goods: none come back</source>
        <translation>按金额退款时商品由客户保留，无需退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the request</source>
        <translation>随申请提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would reconcile {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds</source>
        <translation>将对账 {file}（{format}，{encoding}，{period}）：{rows} 行，{refunds} 笔退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}</source>
        <translation>{name} 的 PIN 码不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the recovery sheet to {target} (key id {key_id}).</source>
        <translation>已把恢复密钥单写入 {target}（密钥编号 {key_id}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the {count} orders left out to {path}</source>
        <translation>已把 {count} 个未导入的订单写入 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path} ({count} confirmations, {size})</source>
        <translation>已写入 {path}（{count} 张确认单，{size}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path} ({size})</source>
        <translation>已写入 {path}（{size}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot deactivate yourself</source>
        <translation>不能停用自己</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already decided on {refund_no}</source>
        <translation>您已审批过退款 {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You requested this refund yourself: approve it as the shop&apos;s only owner by re-entering your PIN (it is recorded as a single-owner self-approval)</source>
        <translation>该退款由您本人申请：作为本店唯一的店主，请重新输入 PIN 码批准（将记录为单一店主自行审批）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new PIN is set, {name}.</source>
        <translation>{name}，您的新 PIN 码已设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youzan</source>
        <translation>有赞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bank statement&apos;s columns, as JSON or a JSON file: {&quot;date&quot;: …, &quot;amount&quot;: … or &quot;debit&quot;: …, &quot;reference&quot;: …, &quot;description&quot;: …}</source>
        <translation>银行对账单的列，JSON 文本或 JSON 文件：{&quot;date&quot;: …, &quot;amount&quot;: … 或 &quot;debit&quot;: …, &quot;reference&quot;: …, &quot;description&quot;: …}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a customer&apos;s balance and every movement</source>
        <translation>客户的余额及每笔变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line&apos;s category, by SKU or line number (#2=perishable); repeat for more</source>
        <translation>商品行的类别，按 SKU 或行号（#2=perishable）；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line&apos;s units (SKU or #LINE) or its N-th unit, with a condition and a note; repeat</source>
        <translation>某行的商品（SKU 或 #行号）或其中第 N 件，附状况和备注；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refund&apos;s returned units (condition, stock, deductions) and return postage</source>
        <translation>退款的退回商品（状况、入库、扣减）和退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account holder</source>
        <translation>账户持有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account number or IBAN</source>
        <translation>账号或 IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account number or IBAN (bank transfer)</source>
        <translation>账号或 IBAN（银行转账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a user (owner); the new PIN from $MERCHANT_REFUNDS_NEW_PIN or asked twice</source>
        <translation>添加用户（店主）；新 PIN 码取自 $MERCHANT_REFUNDS_NEW_PIN，或询问两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add follow-up notes</source>
        <translation>添加跟进备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add orders</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, search, show and set orders</source>
        <translation>添加、搜索、查看和设置订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the orders left out, with row and reason, to this CSV file</source>
        <translation>同时把未导入的订单（含行号和原因）写入此 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount in the payout currency, e.g. 1,000.00 (default: all that is left)</source>
        <translation>以付款币种计的金额，例如 1,000.00（默认：全部剩余金额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order with what is still refundable</source>
        <translation>订单详情及仍可退的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an owner authorises at the counter (PIN from $MERCHANT_REFUNDS_OWNER_PIN or a prompt)</source>
        <translation>由店主在柜台授权（PIN 码取自 $MERCHANT_REFUNDS_OWNER_PIN，或提示输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve a requested refund (owner)</source>
        <translation>审批退款申请（店主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve refunds</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the owner to approve</source>
        <translation>请店主批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the owner to override</source>
        <translation>请店主破例放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked on</source>
        <translation>询问日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N (20)</source>
        <translation>最多 N 条（20）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach evidence of a rejection</source>
        <translation>附上驳回依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach evidence to refunds</source>
        <translation>为退款附上凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach photos or files (JPEG, PNG, WebP, HEIC, PDF; 10 MB each) as evidence</source>
        <translation>附加照片或文件作为凭证（JPEG、PNG、WebP、HEIC、PDF；每个不超过 10 MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back in stock</source>
        <translation>已退回库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the database now (online, while in use)</source>
        <translation>立即备份数据库（在线，使用中也可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank and branch</source>
        <translation>开户行及支行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borne by {bearer}</source>
        <translation>由{bearer}承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel a refund before any money is sent</source>
        <translation>在付款前取消退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel an exchange recorded by mistake (owner; its refund cancelled or rejected first)</source>
        <translation>撤销误录的换货（店主；须先取消或拒绝其退款）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel exchanges</source>
        <translation>取消换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel refunds</source>
        <translation>取消退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a delivery date already set</source>
        <translation>修改已填写的签收日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a line&apos;s category or final sale</source>
        <translation>修改商品行的类别或不退不换标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a user&apos;s role</source>
        <translation>更改用户角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a user&apos;s role (owner)</source>
        <translation>更改用户角色（店主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change notice templates</source>
        <translation>修改通知模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings from JSON (owner): any sections and keys, all or nothing</source>
        <translation>按 JSON 更改设置（店主）：任意部分和键，要么全部生效，要么全不生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the PIN length</source>
        <translation>修改 PIN 码最短位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the SKU rules</source>
        <translation>修改 SKU 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the journal accounts</source>
        <translation>修改记账科目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the lock time</source>
        <translation>修改自动锁定时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the mail server</source>
        <translation>修改邮件服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the owner&apos;s digest</source>
        <translation>修改店主摘要设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the payment methods</source>
        <translation>修改支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the refund policy</source>
        <translation>修改退款政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the rejection reasons</source>
        <translation>修改驳回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the shop profile</source>
        <translation>修改店铺资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the shop&apos;s settings</source>
        <translation>修改店铺设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change your own PIN (current from $MERCHANT_REFUNDS_PIN, new from $MERCHANT_REFUNDS_NEW_PIN, or asked)</source>
        <translation>修改自己的 PIN 码（当前 PIN 码取自 $MERCHANT_REFUNDS_PIN，新 PIN 码取自 $MERCHANT_REFUNDS_NEW_PIN，或询问）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a code from a daily closing or a paper (A1234-XXXX-XXXX-XXXX-XXXX)</source>
        <translation>核对日结单或纸质单据上的校验码（A1234-XXXX-XXXX-XXXX-XXXX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the audit hash chain</source>
        <translation>检查审计记录的哈希链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the audit trail</source>
        <translation>检查审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the code printed on a paper</source>
        <translation>核对纸质单据上印的校验码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database&apos;s integrity, audit trail and the newest backup&apos;s trail head</source>
        <translation>检查数据库完整性、审计记录及最新备份的记录链头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column keys as headers</source>
        <translation>以列键作表头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition of every unit not named with --unit (resaleable)</source>
        <translation>未用 --unit 指定的每件商品的状况（默认：可再售）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm</source>
        <translation>确认到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm receipt</source>
        <translation>确认到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the shop&apos;s SQLite file to an empty PostgreSQL database, verified</source>
        <translation>把本店的 SQLite 文件复制到空的 PostgreSQL 数据库并校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency code</source>
        <translation>币种代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers&apos; store credit: see, use, pay out</source>
        <translation>客户的店铺余额：查看、使用、提现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file or postgresql:// URL (default: $MERCHANT_REFUNDS_DB, else the user data folder)</source>
        <translation>数据库文件或 postgresql:// 地址（默认：$MERCHANT_REFUNDS_DB，否则为用户数据文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of the rate (default today)</source>
        <translation>汇率日期（默认今天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days between instalments (%(default)s)</source>
        <translation>每期间隔天数（%(default)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivate a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduct for a returned unit&apos;s diminished value (owner), with the reason</source>
        <translation>为退回商品的贬值扣款（店主），并写明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduct for diminished value</source>
        <translation>扣除贬值金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: as the failed one</source>
        <translation>默认：与失败的那笔相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference paid by the customer</source>
        <translation>差价由顾客支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>今日应到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail today&apos;s list to the owner (owner; once a day, as set in the notice settings)</source>
        <translation>把今天的清单用电子邮件发给店主（店主；每天一次，按通知设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0.0478 for JPY in CNY</source>
        <translation>例如日元兑人民币为 0.0478</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 15.00</source>
        <translation>如 15.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25.00</source>
        <translation>例如 25.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit orders</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter exchange rates</source>
        <translation>录入汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the rate of a day: home-currency units for one unit of CODE (owner, accountant)</source>
        <translation>录入某日汇率：1 单位 CODE 折合多少本币（店主、会计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>even: no money moves</source>
        <translation>等价：无需收付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every balance at the end of a day, CSV or XLSX (owner, accountant; account 2241)</source>
        <translation>某日日终的全部余额，CSV 或 XLSX（店主、会计；科目 2241）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every user, role and status</source>
        <translation>全部用户、角色和状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything still refundable</source>
        <translation>全部仍可退的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence of the rejection (photo or PDF); repeat for more</source>
        <translation>驳回凭证（照片或 PDF）；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence of the request (photo or PDF), stored with it; repeat for more</source>
        <translation>申请凭证（照片或 PDF），随申请一起保存；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rates per day to the home currency, for the journal</source>
        <translation>每日对本币的汇率，用于记账凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit codes: 0 ok, 2 bad input, 3 refused by policy or permission, 4 not found,
            5 storage problem, 1 unexpected error
environment: MERCHANT_REFUNDS_DB (database file or URL), MERCHANT_REFUNDS_PIN (PIN of --user),
             MERCHANT_REFUNDS_USER (default for --user), LANG (zh* formats amounts for zh_CN),
             LC_ALL, LC_MESSAGES, LANG (zh* for messages in Chinese)
Without a command the GUI starts (or this help is shown where the GUI is not installed).
</source>
        <translation>退出码：0 成功，2 输入有误，3 被政策或权限拒绝，4 找不到，
        5 存储问题，1 意外错误
环境变量：MERCHANT_REFUNDS_DB（数据库文件或地址），MERCHANT_REFUNDS_PIN（--user 的 PIN 码），
          MERCHANT_REFUNDS_USER（--user 的默认值），LANG（zh* 按 zh_CN 格式显示金额），
          LC_ALL、LC_MESSAGES、LANG（zh* 时信息为中文）
不带命令时启动图形界面（未安装图形界面时显示本帮助）。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation>预计到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected by</source>
        <translation>预计最晚到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export refunds, lines, payouts, audit events or the journal</source>
        <translation>导出退款、退款明细、付款、审计事件或记账凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extend a refund&apos;s deadline</source>
        <translation>延长退款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>付款失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed payout</source>
        <translation>失败的付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill an empty database with a year of sample data first</source>
        <translation>先在空数据库中填入一年的示例数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill an empty database with sample data</source>
        <translation>在空数据库中填入示例数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final sale</source>
        <translation>售出不退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>find orders by number, name or phone</source>
        <translation>按订单号、姓名或电话查找订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first day (YYYY-MM-DD)</source>
        <translation>起始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first last-day</source>
        <translation>最早的截止日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font: {font}</source>
        <translation>字体：{font}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name shown on screens</source>
        <translation>界面上显示的全名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the shop more time for a refund&apos;s review or payment (owner), with the reason</source>
        <translation>延长本店审核或支付某笔退款的期限（店主），须注明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods back {state}</source>
        <translation>退货 {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers (zh)</source>
        <translation>表头语言（zh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how it is paid (default: the refund&apos;s destination)</source>
        <translation>付款方式（默认：退款去向）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many (300)</source>
        <translation>数量（300）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from a Shopify, WooCommerce, Taobao/Tmall, JD, Pinduoduo, Douyin, Youzan, WeChat shop or generic CSV/XLSX file</source>
        <translation>从 Shopify、WooCommerce、淘宝/天猫、京东、拼多多、抖音、有赞、微信小店或通用 CSV/XLSX 文件导入订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the good orders and list the failing or conflicting ones (default: all or nothing)</source>
        <translation>导入正确的订单，并列出失败或冲突的订单（默认：要么全部导入，要么全不导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instalment due</source>
        <translation>分期到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the trail keyed, and is the key on this computer</source>
        <translation>审计记录是否已用密钥保护，以及本机是否有该密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>转入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the ledger</source>
        <translation>记入明细账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language (zh)</source>
        <translation>语言（zh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the lists&apos; headers (zh or en)</source>
        <translation>清单表头的语言（zh 或 en）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, included</source>
        <translation>截止日（含）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last last-day</source>
        <translation>最晚的截止日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list a refund&apos;s evidence files, or save them to a folder</source>
        <translation>列出退款的凭证文件，或保存到文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a line (SKU or #n) final sale; repeat for more</source>
        <translation>把商品行（SKU 或 #n）标为不退不换；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a line (SKU or #n) not final sale</source>
        <translation>取消商品行（SKU 或 #n）的不退不换标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a sent payout failed, with the reason</source>
        <translation>把已发出的付款标为失败，并注明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark payouts failed</source>
        <translation>将付款标为失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match a payment statement (Alipay, WeChat Pay, Stripe, PayPal, bank) to the payouts recorded here and mark the matched ones arrived</source>
        <translation>把支付对账单（支付宝、微信支付、Stripe、PayPal、银行）与本处记录的付款对账，并把匹配的标为已到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded (give -o FILE to record it)</source>
        <translation>未记录（给出 -o 文件 即可记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet received</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note / reason</source>
        <translation>备注 / 原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note for the shop&apos;s records</source>
        <translation>本店内部备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one exchange in full</source>
        <translation>一笔换货的全部信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the shop&apos;s rejection reasons (see `refund reject-reasons`)</source>
        <translation>本店的驳回原因之一（见 `refund reject-reasons`）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one or more, into one file in order</source>
        <translation>一个或多个，按顺序写入同一文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one refund in full</source>
        <translation>一笔退款的全部信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only show the difference and the findings</source>
        <translation>只显示差价和检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only show what would be imported (no sign-in)</source>
        <translation>只显示将导入的内容（无需登录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only show what would happen; change nothing</source>
        <translation>只显示将发生什么；不做任何更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this SKU</source>
        <translation>只看此 SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this currency</source>
        <translation>只看此币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this payout (default: all sent)</source>
        <translation>只针对这笔付款（默认：全部已发出的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this section</source>
        <translation>只看这一部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>到账逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner only: override a policy block</source>
        <translation>仅限店主：越过政策拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner only: pay the postage back although the shop is not at fault</source>
        <translation>仅店主：即使非本店责任也退还运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid out in cash</source>
        <translation>以现金支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid within it</source>
        <translation>已按时付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper (a4)</source>
        <translation>纸张（a4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay a failed payout again as a new one (owner)</source>
        <translation>把失败的付款作为新的一笔重新支付（店主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay back the customer&apos;s return postage, e.g. 12.00 (up to the policy&apos;s maximum)</source>
        <translation>退还顾客的退货运费，如 12.00（不超过政策上限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay credit out in cash (owner)</source>
        <translation>以现金支付余额（店主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay in another currency (needs --fx-rate)</source>
        <translation>以其他币种支付（需要 --fx-rate）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay out store credit in cash</source>
        <translation>以现金支付店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay refunds</source>
        <translation>支付退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment due</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment_methods.{name}.enabled must be true or false</source>
        <translation>payment_methods.{name}.enabled 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout number</source>
        <translation>付款序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month: refunds paid within the legal refund deadline, and those paid late</source>
        <translation>按月统计：在法定退款期限内支付的退款和逾期支付的退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@host/db</source>
        <translation>postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print #{number}</source>
        <translation>第 {number} 次打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print confirmations</source>
        <translation>打印确认单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print machine-readable JSON (errors too, on stderr)</source>
        <translation>输出机器可读的 JSON（错误也是，输出到 stderr）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print refund confirmations to one PDF, or check the code on a paper</source>
        <translation>把退款确认单打印到一个 PDF，或核对纸质单据上的校验码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the program&apos;s version and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the settings as JSON (shop, policy, payment_methods, journal_accounts, security, notices)</source>
        <translation>以 JSON 输出设置（shop、policy、payment_methods、journal_accounts、security、notices）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the trail&apos;s newest event and its anchor code</source>
        <translation>显示审计记录的最新事件及其锚定码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider ref</source>
        <translation>渠道流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put these units back in stock whatever their condition; repeat</source>
        <translation>无论状况如何，将这些商品放回库存；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote, request and process refunds</source>
        <translation>退款试算、申请和处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (7)</source>
        <translation>随机种子（7）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate in {home}</source>
        <translation>折合 {home} 汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate {rate} on {day}</source>
        <translation>汇率 {rate}（{day}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the stock ledger</source>
        <translation>查看库存台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: %(codes)s</source>
        <translation>原因：%(codes)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt of the difference the customer paid (needed when the units out cost more)</source>
        <translation>顾客补付差价的收据号（换出商品更贵时必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt or tracking number of the return postage</source>
        <translation>退货运费的收据号或运单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive exchanged goods</source>
        <translation>接收换货退回的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive goods</source>
        <translation>收货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received {at}</source>
        <translation>已于 {at} 收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconcile statements</source>
        <translation>对账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a payout (owner); a part amount is an instalment</source>
        <translation>记录付款（店主）；部分金额即为分期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an exchange: units back, units out, the difference refunded or collected</source>
        <translation>登记换货：退回商品、换出商品、退还或收取差价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record daily closings</source>
        <translation>记录日结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record exchanges</source>
        <translation>记录换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record feedback</source>
        <translation>记录客户反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record returned goods</source>
        <translation>记录退回的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record signatures</source>
        <translation>记录签字确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record supplier confirmations</source>
        <translation>记录供应商答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that an exchange&apos;s units back arrived: their condition and where they go</source>
        <translation>登记换货退回的商品已收到：每件的状况及去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the customer received the money</source>
        <translation>记录客户已收到款项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the returned goods arrived</source>
        <translation>记录退回的商品已收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the closing and write it as .pdf, .csv or .xlsx (without: only show it)</source>
        <translation>记录日结并保存为 .pdf、.csv 或 .xlsx（不给出时只显示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the customer&apos;s rating (1-5) and comment on a paid refund (owner, clerk); without --rating, show it</source>
        <translation>记录客户对已付款退款的评分（1-5）和评价（店主、店员）；不给 --rating 时显示已记录的反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the customer&apos;s signature on the confirmation</source>
        <translation>记录客户已在确认单上签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the supplier&apos;s answer for a pre-sale refund in production (owner, clerk); without --answer, list the answers</source>
        <translation>记录供应商对已投产预售订单退款的答复（店主、店员）；不给 --answer 时列出答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund / receipt</source>
        <translation>退款单 / 小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund an amount, not units (price difference, compensation, goodwill): on the --line given, or shared over the order&apos;s lines by what is left on each</source>
        <translation>按金额退款而不退件数（退差价、部分退款、善意补偿）：针对 --line 指定的行，或按各行剩余金额分摊到订单各行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund of the difference to the customer</source>
        <translation>向顾客退还差价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund reason: %(codes)s</source>
        <translation>退款原因：%(codes)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund reason: %(codes)s (default: %(default)s)</source>
        <translation>退款原因：%(codes)s（默认：%(default)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund status (payout status for payouts)</source>
        <translation>退款状态（付款数据为付款状态）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund the shipping fee too (if the policy allows)</source>
        <translation>同时退还运费（如政策允许）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunds late or due soon (review, payment, legal deadline) and payouts to chase</source>
        <translation>逾期或即将到期的退款（审核、付款、法定期限）及需跟进的付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject a requested refund (owner), with the reason</source>
        <translation>驳回退款申请（店主），须注明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject refunds</source>
        <translation>驳回退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remark kept with the approval</source>
        <translation>随审批保存的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request refunds</source>
        <translation>提交退款申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a PIN</source>
        <translation>重置 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned units by SKU, and totals</source>
        <translation>按 SKU 列出的退回商品及合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review due</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the key from a recovery sheet on this computer</source>
        <translation>把恢复密钥单上的密钥保存到本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second approval {answer}</source>
        <translation>复核 {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see daily closings</source>
        <translation>查看日结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see exchange rates</source>
        <translation>查看汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the legal deadline record</source>
        <translation>查看法定期限记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the shop key</source>
        <translation>查看店铺密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the store-credit balances</source>
        <translation>查看店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send a scheduled instalment now (owner)</source>
        <translation>立即支付一笔已排期的分期（店主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send notices</source>
        <translation>发送通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send the owner&apos;s digest</source>
        <translation>发送店主摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a new PIN for a user who forgot theirs (owner; $MERCHANT_REFUNDS_NEW_PIN or asked twice)</source>
        <translation>为忘记 PIN 码的用户设置新 PIN 码（店主；取自 $MERCHANT_REFUNDS_NEW_PIN，或询问两次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set an order&apos;s delivery date, a line&apos;s category or final sale (never amounts)</source>
        <translation>设置订单的签收日期、商品行的类别或不退不换（不改金额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up a new database (file or postgresql:// URL); with --shop and --owner also the shop and its first owner; nothing changes on a shop already set up</source>
        <translation>创建新数据库（文件或 postgresql:// 地址）；带 --shop 和 --owner 时同时创建店铺及第一位店主；已设置的店铺不做任何更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share in time</source>
        <translation>按时比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop.{name} must be text in quotes</source>
        <translation>shop.{name} 必须是带引号的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the recovery key (owner)</source>
        <translation>显示恢复密钥（店主）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown to the customer (after --template&apos;s text)</source>
        <translation>会展示给客户（接在 --template 的文字之后）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown to the customer on the paper</source>
        <translation>在单据上向顾客显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in name, without spaces</source>
        <translation>登录名，不含空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature {state}</source>
        <translation>签字 {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed {at}</source>
        <translation>已于 {at} 签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source {source}</source>
        <translation>来源 {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split what is left into N payouts that add up exactly (large refunds)</source>
        <translation>把剩余金额分成 N 笔付款，合计分毫不差（大额退款）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable English column keys for scripts</source>
        <translation>供脚本使用的稳定英文列键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still open</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store an order given as JSON (docs/order-format.md)</source>
        <translation>保存以 JSON 给出的订单（docs/order-format.md）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a copy of the database away</source>
        <translation>带走数据库副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take credit off a sale rung up at the counter (owner, clerk)</source>
        <translation>在柜台收银时抵扣余额（店主、店员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax included {tax}</source>
        <translation>含税 {tax}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer sends the goods back</source>
        <translation>客户退回商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the daily closing: the day&apos;s refunds and payouts, running totals and anchor code</source>
        <translation>日结：当日的退款和付款、累计合计及锚定码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day (default: today)</source>
        <translation>日期（默认：今天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day asked (today)</source>
        <translation>询问日期（今天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day the customer received the goods</source>
        <translation>客户签收商品的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exchange confirmation for the customer to sign, as PDF</source>
        <translation>供顾客签字的换货确认单（PDF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export file (CSV or XLSX); for Taobao/Tmall&apos;s own export, its order list and line list (订单报表 and 宝贝报表) in either order</source>
        <translation>导出的文件（CSV 或 XLSX）；淘宝/天猫自带的导出需给出订单报表和宝贝报表两个文件，顺序不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s format (default: detected)</source>
        <translation>文件格式（默认：自动识别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file; - writes standard output</source>
        <translation>文件；- 表示写到标准输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ledger as CSV or XLSX</source>
        <translation>以 CSV 或 XLSX 导出台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new last day</source>
        <translation>新的截止日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the only owner approves his own large request (asks his PIN again)</source>
        <translation>唯一的店主审批自己提交的大额申请（会再次要求输入 PIN 码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order; - reads standard input</source>
        <translation>订单；- 表示从标准输入读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner&apos;s full name</source>
        <translation>店主的全名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner&apos;s sign-in name; the PIN from $MERCHANT_REFUNDS_PIN or asked twice</source>
        <translation>店主的登录名；PIN 码取自 $MERCHANT_REFUNDS_PIN，或询问两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rates entered (owner, accountant)</source>
        <translation>已录入的汇率（店主、会计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recovery key (default: read stdin)</source>
        <translation>恢复密钥（默认：从标准输入读取）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the refund report for a period as a PDF</source>
        <translation>某一期间的退款报表（PDF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sale&apos;s receipt number</source>
        <translation>该笔销售的小票号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings; - reads standard input</source>
        <translation>设置；- 表示从标准输入读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop key that protects the audit trail</source>
        <translation>保护审计记录的店铺密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s currency (CNY)</source>
        <translation>本店币种（CNY）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s name (printed on papers)</source>
        <translation>店名（印在单据上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s rejection reasons, for `refund reject --template KEY`</source>
        <translation>本店的驳回原因，用于 `refund reject --template KEY`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s settings as JSON: show, set</source>
        <translation>以 JSON 查看和更改本店设置：show、set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s users: add, deactivate, roles, PINs</source>
        <translation>本店用户：添加、停用、角色、PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the statement export (CSV)</source>
        <translation>导出的对账单（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the statement&apos;s format (default: detected)</source>
        <translation>对账单格式（默认：自动识别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stock ledger of returned goods</source>
        <translation>退回商品的库存台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template&apos;s language (zh)</source>
        <translation>模板语言（zh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit (SKU or #LINE)</source>
        <translation>商品（SKU 或 #行号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole order</source>
        <translation>整单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to {account}</source>
        <translation>至 {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction reference</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units given out at the unit price agreed (TEA-09=1@300.00:Oolong 250g); repeat</source>
        <translation>按约定单价换出的商品（如 TEA-09=1@300.00:乌龙茶 250g）；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of one line, by SKU or by line number (#2=1); repeat for more lines; with --amount: the line (SKU or #2) the amount is for</source>
        <translation>某商品行的件数，按 SKU 或行号（#2=1）；多行可重复；与 --amount 一起用时：该金额所针对的行（SKU 或 #2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of the payout currency per unit of the order&apos;s</source>
        <translation>1 单位订单币种折合多少付款币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units the customer returns, by SKU or line number (#2=1); repeat for more lines</source>
        <translation>顾客退回的商品，按 SKU 或行号（#2=1）；多行可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown period</source>
        <translation>期间不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use store credit</source>
        <translation>使用店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used at the counter</source>
        <translation>柜台抵扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification code: {code}</source>
        <translation>校验码：{code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via {method}</source>
        <translation>经{method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for supplier</source>
        <translation>等待供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what a refund would be, and the findings</source>
        <translation>试算退款金额及审核结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the bank or customer said</source>
        <translation>银行或客户的说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the customer said</source>
        <translation>客户的评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files show: the customer&apos;s request, the returned goods, a rejection</source>
        <translation>文件显示的内容：客户的申请、退回的商品或驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what they said</source>
        <translation>对方的答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where a refund of the difference goes (default: original_route)</source>
        <translation>差价退款的去向（默认：original_route 原路退回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the money goes (default: original_route, or bank_transfer with --bank-*)</source>
        <translation>退款去向（默认：original_route 原路退回；给出 --bank-* 时为 bank_transfer 银行转账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the PDF</source>
        <translation>PDF 的保存位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which date the range is on (request)</source>
        <translation>日期范围按哪个日期（request）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which unit they show</source>
        <translation>显示的是哪一件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who at the supplier was asked</source>
        <translation>询问的是供应商的哪位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who is acting (default: $MERCHANT_REFUNDS_USER); the PIN comes from $MERCHANT_REFUNDS_PIN or a prompt</source>
        <translation>操作人（默认：$MERCHANT_REFUNDS_USER）；PIN 码取自 $MERCHANT_REFUNDS_PIN，或提示输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (kept in the audit trail)</source>
        <translation>原因（记入审计记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --instalments: only schedule them; by default the first is sent now</source>
        <translation>与 --instalments 一起用：只排期；默认第一期立即支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a checked backup into the database (owner with PIN); the current one is kept</source>
        <translation>把校验过的备份写入数据库（店主，需 PIN 码）；当前数据库会保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write every file into DIR</source>
        <translation>把所有文件写入 DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the copy here (default: the backups folder)</source>
        <translation>副本保存位置（默认：备份文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the payouts the statement does not show to FILE (.csv or .xlsx)</source>
        <translation>把对账单中没有的付款写入文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the printable recovery sheet (PDF) instead of showing the key</source>
        <translation>写出可打印的恢复密钥单（PDF），而不是显示密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the statement&apos;s refunds with no payout here to FILE (.csv or .xlsx)</source>
        <translation>把对账单中没有对应付款的退款写入文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write these units off whatever their condition; repeat</source>
        <translation>无论状况如何，将这些商品报损；可重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} asked, only {left} left to refund on the items of order {order_no}</source>
        <translation>申请退款 {amount}，订单 {order_no} 的商品仅剩 {left} 可退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} by {user}</source>
        <translation>{at}，{user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} is {listed} but the lines&apos; prices x quantities give {computed}</source>
        <translation>{column} 为 {listed}，但各行单价 × 数量合计为 {computed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} is {listed} but 价格 x 购买数量 + 运费 give {computed}</source>
        <translation>{column}为 {listed}，但 价格 × 购买数量 + 运费 = {computed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} is {subtotal} but the lines ({lines}) less discounts ({discounts}) give {goods}</source>
        <translation>{column}为 {subtotal}，但商品金额（{lines}）减去优惠（{discounts}）为 {goods}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} of order {order_no} is {listed}, but its rows in the line list have {counted} units</source>
        <translation>订单 {order_no} 的{column}为 {listed}，但它在宝贝报表中的行共 {counted} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} says {value!r}, but the file has no refund amount column; export it with the refund amount</source>
        <translation>{column} 为 {value!r}，但文件中没有退款金额列；请导出带退款金额的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}：超过 {limit} 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the amount is missing</source>
        <translation>{column}：缺少金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the customer&apos;s name is missing</source>
        <translation>{column}：缺少顾客姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the date is missing</source>
        <translation>{column}：缺少日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the order number is missing</source>
        <translation>{column}：缺少订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the quantity must be at least 1, not {qty}</source>
        <translation>{column}：数量至少为 1，而不是 {qty}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: unknown value {value!r}</source>
        <translation>{column}：无法识别的值 {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {detail}</source>
        <translation>{column}：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {qty} units is too many</source>
        <translation>{column}：{qty} 件数量过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is a spreadsheet formula; formulas are never evaluated, so fix the cell and export again</source>
        <translation>{column}：{value!r} 是电子表格公式；公式一律不计算，请修改该单元格后重新导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is not a date such as 2026-03-01 14:30</source>
        <translation>{column}：{value!r} 不是日期（例如 2026-03-01 14:30）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is not a two-letter country code such as US or DE</source>
        <translation>{column}：{value!r} 不是两位字母的国家代码（如 US、DE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is not a whole number of units</source>
        <translation>{column}：{value!r} 不是整数件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is a spreadsheet&apos;s day number, not a date; format the column as a date (2026-03-01 14:30) and export again</source>
        <translation>{column}：{value} 是电子表格的日期序号，不是日期；请把该列设为日期格式（2026-03-01 14:30）后重新导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {places} decimal places: {text}</source>
        <translation>{currency} 金额最多 {places} 位小数：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is the home currency: it needs no rate</source>
        <translation>{currency}是记账本位币，无需汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} day late</source>
        <translation>超期 {days} 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} day left</source>
        <translation>还剩 {days} 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days late</source>
        <translation>超期 {days} 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days left</source>
        <translation>还剩 {days} 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} (in {days}d)</source>
        <translation>{day}（还有 {days} 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} (today)</source>
        <translation>{day}（今天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} ({days}d late)</source>
        <translation>{day}（逾期 {days} 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} has not come yet: no closing for it</source>
        <translation>{day} 尚未到来：不能为其做日结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {outcome}</source>
        <translation>{day}：{outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{db_path}: integrity and audit trail OK.</source>
        <translation>{db_path}：完整性和审计记录均正常。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} are both Taobao line lists (宝贝报表); give one order list (订单报表) and its line list</source>
        <translation>{first} 和 {second} 都是淘宝宝贝报表；请给出一份订单报表及其宝贝报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} are both Taobao order lists (订单报表); give one order list and its line list (宝贝报表)</source>
        <translation>{first} 和 {second} 都是淘宝订单报表；请给出一份订单报表及其宝贝报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is not a line number such as #2</source>
        <translation>{key} 不是行号（例如 #2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} by {day} ({countdown}) — {rule}</source>
        <translation>{kind}截止 {day}（{countdown}）— {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {where}; no units taken, the goods stay with the customer</source>
        <translation>{where}的{kind}；不退商品件数，商品留在顾客处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}, {where}</source>
        <translation>{kind}，{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({sku}) is a final-sale item: no return without a reason</source>
        <translation>{name}（{sku}）为售出不退商品，不支持无理由退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({sku}) is in category {category}, excluded from no-reason returns</source>
        <translation>{name}（{sku}）属于“{category}”类目，不支持七天无理由退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can no longer sign in.</source>
        <translation>{name} 已不能登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can sign in again.</source>
        <translation>{name} 可以重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has more than {limit} million pixels; attach a smaller photo</source>
        <translation>{name} 超过 {limit} 百万像素；请附加较小的照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is an incomplete or damaged {kind} file</source>
        <translation>{name} 是不完整或已损坏的 {kind} 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty</source>
        <translation>{name} 是空文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a number</source>
        <translation>{name} 不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a {types} file; only those can be attached</source>
        <translation>{name} 不是 {types} 文件；只能附加这些类型的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an owner: only an owner can authorise at the counter</source>
        <translation>{name} 不是店主：只有店主才能在柜台授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is now {role}.</source>
        <translation>{name} 现在的角色是{role}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is {size_mb} MB; a file can be at most {limit_mb} MB</source>
        <translation>{name} 大小为 {size_mb} MB；单个文件最大 {limit_mb} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: code and name must be text in quotes</source>
        <translation>{name}：科目代码和名称必须是带引号的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: subject and body are text</source>
        <translation>{name}：标题和正文必须是文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} failed its check: {problem}</source>
        <translation>{path} 未通过检查：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has more than {limit} rows ({rows}); split it into smaller files</source>
        <translation>{path} 超过 {limit} 行（{rows}）；请拆分成较小的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no statement rows</source>
        <translation>{path} 中没有对账单记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds {count} parts, more than the {limit} an XLSX workbook may have here</source>
        <translation>{path} 含有 {count} 个部件，超过此处 XLSX 工作簿允许的 {limit} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a Taobao line list (宝贝报表); import it together with its order list (订单报表)</source>
        <translation>{path} 是淘宝宝贝报表；请与对应的订单报表一起导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a Taobao order list (订单报表); import it together with its line list (宝贝报表)</source>
        <translation>{path} 是淘宝订单报表；请与对应的宝贝报表一起导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a database file; choose another file name (a database is never written over)</source>
        <translation>{path} 是一个数据库文件；请换一个文件名（程序绝不会覆盖数据库）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a spreadsheet workbook; export the statement as CSV and try again</source>
        <translation>{path} 是电子表格工作簿；请将对账单导出为 CSV 后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a working file of the shop&apos;s database; choose another file name</source>
        <translation>{path} 是店铺数据库的工作文件；请换一个文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a zip archive but not an XLSX workbook; save the sheet as .xlsx or CSV</source>
        <translation>{path} 是 zip 压缩包，不是 XLSX 工作簿；请把表格另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is already set up (schema {schema}); nothing was changed.</source>
        <translation>{path} 已经建立（结构版本 {schema}）；未做任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is an old Excel .xls file; save it as .xlsx or CSV</source>
        <translation>{path} 是旧版 Excel .xls 文件；请另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged or is not a Merchant Refunds database</source>
        <translation>{path} 已损坏或不是商户退款的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is empty</source>
        <translation>{path} 是空文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is in the shop&apos;s backups folder {folder}; choose a place outside it</source>
        <translation>{path} 位于店铺的备份文件夹 {folder} 中；请选择该文件夹以外的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is larger than {limit} bytes; this is not an order file</source>
        <translation>{path} 大于 {limit} 字节；这不是订单文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is named like an XLSX workbook but is not one; open it in the spreadsheet program and save it as .xlsx or CSV</source>
        <translation>{path} 的文件名像 XLSX 工作簿，但其实不是；请用电子表格软件打开并另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 CSV and try again</source>
        <translation>{path} 既不是 UTF-8 也不是 GBK/GB18030 文本；请另存为 UTF-8 CSV 后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is neither a Taobao order list (订单报表) nor its line list (宝贝报表); two files can only be such a pair</source>
        <translation>{path} 既不是淘宝订单报表，也不是宝贝报表；两个文件只能是这样一对报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Merchant Refunds database</source>
        <translation>{path} 不是商户退款的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable XLSX workbook: {error}</source>
        <translation>{path} 不是可读取的 XLSX 工作簿：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a statement this program knows (Alipay, WeChat Pay, Stripe, PayPal); choose its format, or give a bank statement&apos;s column mapping</source>
        <translation>{path} 不是本程序认识的对账单（支付宝、微信支付、Stripe、PayPal）；请选择其格式，或提供银行对账单的列对应关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a text file (it contains binary data)</source>
        <translation>{path} 不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a {format} statement: no header row with the columns {columns}</source>
        <translation>{path} 不是{format}对账单：找不到包含 {columns} 列的表头行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is protected with a password; save a copy without one and try again</source>
        <translation>{path} 设有密码保护；请另存一份不带密码的副本后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is the shop&apos;s database; choose another file name</source>
        <translation>{path} 是店铺的数据库；请换一个文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is {size} MiB, more than the {limit} MiB a statement may be</source>
        <translation>{path} 有 {size} MiB，超过对账单上限 {limit} MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is {size} MiB, more than the {limit} MiB an import may be; split it into smaller files</source>
        <translation>{path} 大小为 {size} MiB，超过导入允许的 {limit} MiB；请拆分成较小的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} would unpack to {size} MiB in all, more than the {limit} MiB allowed; this is not an order export</source>
        <translation>{path} 解压后共达 {size} MiB，超过允许的 {limit} MiB；这不是订单导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line} contains a NUL character (binary data); this is not a text export</source>
        <translation>{path} 第 {line} 行含有 NUL 字符（二进制数据）；这不是文本导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line} is longer than {limit} characters; this is not an order export</source>
        <translation>{path} 第 {line} 行超过 {limit} 个字符；这不是订单导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}, column {column}: {detail}</source>
        <translation>{path}，第 {line} 行，{column} 列：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}: a cell is longer than {limit} characters; this is not an order export</source>
        <translation>{path} 第 {line} 行：有单元格超过 {limit} 个字符；这不是订单导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}: the text is not valid in the file&apos;s encoding (mixed encodings?); save it as UTF-8 and try again</source>
        <translation>{path} 第 {line} 行：文字不符合文件的编码（是否混用了多种编码？）；请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}: {error} (is the file cut off or damaged?)</source>
        <translation>{path} 第 {line} 行：{error}（文件是否不完整或已损坏？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, row {row} has {columns} columns, more than the {limit} an order export has</source>
        <translation>{path} 第 {row} 行有 {columns} 列，超过订单导出文件应有的 {limit} 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, row {row}: the workbook is damaged ({error}); save it again and retry</source>
        <translation>{path} 第 {row} 行：工作簿已损坏（{error}）；请重新保存后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: columns missing for the {format} format: {columns}</source>
        <translation>{path}：缺少 {format} 格式所需的列：{columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the format is not recognised; choose a column mapping (generic format)</source>
        <translation>{path}：无法识别格式；请选择列映射（通用格式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what} is compressed {ratio} times over, far more than a real workbook; it is refused unopened (a zip bomb?)</source>
        <translation>{path}：{what} 的压缩比达 {ratio} 倍，远超真实的工作簿；未打开即拒绝（可能是压缩炸弹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what} would unpack to {size} MiB, more than the {limit} MiB allowed; this is not an order export</source>
        <translation>{path}：{what} 解压后将达 {size} MiB，超过允许的 {limit} MiB；这不是订单导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pattern} has two SKU rules; keep one</source>
        <translation>{pattern} 有两条 SKU 规则，请只保留一条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refund_no} (approval and payout as every refund)</source>
        <translation>{refund_no}（审批和付款与其他退款相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} balance(s) at {day} written to {path} ({totals})</source>
        <translation>已把 {day} 的 {rows} 个余额写入 {path}（{totals}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} rows written to {path}</source>
        <translation>已把 {rows} 行写入 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} stock movement(s) written to {path}</source>
        <translation>已将 {rows} 条库存变动写入 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sku} is both final sale and not final sale</source>
        <translation>{sku} 不能同时标为不退不换和可退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec!r}: the unit after / is a number such as 2</source>
        <translation>{spec!r}：/ 后面的件号应为数字，如 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} to {day} by {user} on {at}: {reason}</source>
        <translation>{step}延至 {day}，{user} 于 {at}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symbol} is not a {currency} amount: {text}</source>
        <translation>{symbol} 不是 {currency} 的货币符号：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} minor units cannot be split into {parts} instalments</source>
        <translation>{total} 个最小货币单位无法分成 {parts} 期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} already holds a shop; copy only into an empty database</source>
        <translation>{url} 中已有店铺数据；只能复制到空数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} is a database on a PostgreSQL server: restore it there from its dump with pg_restore (see docs/operations.md)</source>
        <translation>{url} 是 PostgreSQL 服务器上的数据库：请在服务器上用 pg_restore 从其转储文件恢复（参见 docs/operations.md）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date</source>
        <translation>{value!r} 不是日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the quantity must be a whole number, not {qty}</source>
        <translation>{what}：数量必须是整数，而不是 {qty}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the quantity must be at least 1, not {qty}</source>
        <translation>{what}：数量至少为 1，而不是 {qty}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {qty} is not a quantity</source>
        <translation>{what}：{qty} 不是数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {qty} units is too many</source>
        <translation>{what}：{qty} 件太多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must be a JSON object {{…}}</source>
        <translation>{where} 必须是 JSON 对象 {{…}}</translation>
    </message>
</context>
<context>
    <name>EnterKeyDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/shop_key.py" line="+283"/>
        <source>Enter recovery key</source>
        <translation>输入恢复密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key from the shop&apos;s recovery sheet: 14 groups of four letters and digits. Dashes, spaces and small letters do not matter.</source>
        <translation>请照抄本店恢复单上的恢复密钥：共 14 组，每组 4 个字母或数字。横线、空格和大小写都不影响。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the key on this computer</source>
        <translation>把密钥保存到这台电脑</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the recovery key from the sheet.</source>
        <translation>请输入恢复单上的恢复密钥。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The shop key is saved on this computer (key id %1). Changes can be saved again.</source>
        <translation>店铺密钥已保存到这台电脑（密钥编号 %1）。现在可以重新保存更改了。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/errors.py" line="+77"/>
        <source>Nothing was saved. If this keeps happening, check whether another counter is stuck in a long task.</source>
        <extracomment>Dialogs without a parent, kept alive until they close.</extracomment>
        <translation>未保存任何内容。如果反复出现，请检查其他收银台是否卡在耗时较长的任务上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved. Free some space on the disk, then try again.</source>
        <translation>未保存任何内容。请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another database file, or restore one of the backup copies.</source>
        <translation>请打开其他数据库文件，或恢复一份备份副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the newest Merchant Refunds version.</source>
        <translation>请安装最新版本的“商户退款”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the database file is reachable and try again.</source>
        <translation>请检查能否访问数据库文件，然后重试。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Database problem</source>
        <translation>数据库出错</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot do that</source>
        <translation>无法完成此操作</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="-311"/>
        <source>customer&apos;s request</source>
        <translation>客户申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection of the goods</source>
        <translation>退货验货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejection</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos and PDF files (%1);;All files (*)</source>
        <translation>照片和 PDF 文件 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location line="+125"/>
        <source>Evidence</source>
        <extracomment>A refund&apos;s file and its small picture (None: not an image Qt can draw, or damaged).</extracomment>
        <translation>凭证</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2 · by %3 · SHA-256 %4</source>
        <extracomment>Per file, whether it shows its picture (else the plain file icon).</extracomment>
        <translation>%1 · %2 · %3 附加 · SHA-256 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence (%1)</source>
        <translation>凭证（%1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attach photos or files</source>
        <translation>附加照片或文件</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/exchange_actions.py" line="+107"/>
        <source>No printer is set up</source>
        <translation>未设置打印机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a printer in the computer&apos;s settings, or print the exchange confirmation from the command line as a PDF.</source>
        <translation>请在电脑设置中添加打印机，或在命令行中将换货确认单保存为 PDF 后打印。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the exchange confirmation…</source>
        <translation>正在准备换货确认单…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer %1 is not available</source>
        <translation>打印机 %1 不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on and connected.</source>
        <translation>请检查打印机是否已开机并连接。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Receive the goods of exchange %1</source>
        <translation>接收换货退回商品 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel exchange %1</source>
        <translation>撤销换货 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this exchange recorded by mistake? Its units count as not returned again. Reason (required):</source>
        <translation>撤销这笔误录的换货？其商品将重新计为未退回。原因（必填）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel exchange %1 of order %2? The customer&apos;s units count as not returned again.</source>
        <translation>撤销订单 %2 的换货 %1？顾客的商品将重新计为未退回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cancel exchange</source>
        <translation>撤销换货</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+98"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ExchangeBar</name>
    <message>
        <location line="+61"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print exchange…</source>
        <translation>打印换货单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange confirmation for the customer to sign</source>
        <translation>供顾客签字的换货确认单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel exchange…</source>
        <translation>撤销换货…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive goods…</source>
        <translation>验收退回商品…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record each unit back as it came: back into stock or written off</source>
        <translation>逐件记录退回商品的状况：退回入库或报损</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/exchange_dialog.py" line="+76"/>
        <source>Exchange for order %1</source>
        <extracomment>Where a refund of the difference may go from this dialog; a bank transfer asks for the account, checked as the refund dialog checks it. Columns of the units-out table.</extracomment>
        <translation>订单 %1 换货</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record exchange</source>
        <translation>办理换货</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Units the customer returns</source>
        <translation>顾客退回的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>可换数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>退回数量</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Units given to the customer (price as agreed, tax included)</source>
        <translation>换给顾客的商品（按约定价格，含税）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add item</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Difference</source>
        <translation>差价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Card or account number, or IBAN</source>
        <translation>卡号、账号或 IBAN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt number of the payment taken</source>
        <translation>所收款项的凭证号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner only: why the policy&apos;s block is overridden</source>
        <translation>仅限店主：越过退款政策限制的原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back are worth</source>
        <translation>退回商品价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units out cost</source>
        <translation>换出商品金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>差价处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to</source>
        <translation>差价退至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt no.</source>
        <translation>收款凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override</source>
        <translation>越权处理</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose a reason to see the difference.</source>
        <translation>请选择原因以查看差价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the units back and add the units given.</source>
        <translation>请选择退回商品并添加换出商品。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Refund to the customer: %1</source>
        <translation>退还顾客差价：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer pays: %1</source>
        <translation>顾客补差价：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even: no money changes hands (%1)</source>
        <translation>无差价，不涉及款项（%1）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/export_dialog.py" line="+42"/>
        <source>Refunds</source>
        <extracomment>(machine name, English source text in the &quot;ExportDialog&quot; context)</extracomment>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund lines</source>
        <translation>退款明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts</source>
        <translation>打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal (double entry)</source>
        <translation>记账凭证（复式记账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval date</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout date</source>
        <translation>打款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+66"/>
        <source>Export</source>
        <extracomment>Set by Cancel; the worker checks it between pages (see ``cancel``).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable column names (for scripts)</source>
        <translation>使用机器可读的列名（供脚本使用）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates by</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter</source>
        <translation>CSV 分隔符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column language</source>
        <translation>列名语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>已将 %n 行写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed; no file was written.</source>
        <translation>导出失败，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/deadline_dialog.py" line="+57"/>
        <source>Extend deadline</source>
        <extracomment>Which field a refusal of ``services.deadlines.extend`` belongs under.</extracomment>
        <translation>延长期限</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. the customer asked for time; goods at customs</source>
        <translation>例如：客户要求延期；货物在海关</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 · %2 · last day %3</source>
        <translation>退款%1 · %2 · 最后期限%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1</source>
        <translation>退款%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal deadline cannot be extended; this moves only the shop&apos;s own.</source>
        <translation>法定期限不能延长；这里只延长本店自己的期限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New last day</source>
        <translation>新的最后期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/aftercare_dialogs.py" line="+95"/>
        <source>Customer feedback for %1</source>
        <translation>%1 的客户反馈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> of 5</source>
        <translation> / 5 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="-177"/>
        <source>Add photos or files…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attach photos or files</source>
        <translation>附加照片或文件</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/first_start.py" line="+24"/>
        <source>A phone number has digits, spaces and + - ( ) only.</source>
        <translation>电话号码只能包含数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Set up Merchant Refunds</source>
        <translation>设置“商户退款”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome! Tell us about the shop and choose the owner&apos;s PIN. You can change all of this later in Settings.</source>
        <translation>欢迎使用！请填写店铺信息，并设置店主的 PIN 码。这些内容以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN 码（4–12 位数字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: wang</source>
        <translation>例如：wang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in demo orders so I can try things out first</source>
        <translation>先填入演示订单，方便试用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please enter the shop&apos;s name.</source>
        <translation>请输入店铺名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../merchant_refunds/ui/followup/followup_model.py" line="+29"/>
        <source>Legal deadline passed</source>
        <translation>已过法定退款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>审核到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due</source>
        <translation>付款到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment due</source>
        <translation>分期待打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for supplier</source>
        <translation>等待供应商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal deadline near</source>
        <extracomment>A statutory row not yet late is &quot;Legal deadline near&quot;, not &quot;passed&quot;.</extracomment>
        <translation>法定退款期限将至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Note or reason</source>
        <translation>备注或原因</translation>
    </message>
    <message>
        <location filename="../../merchant_refunds/ui/followup/followup_view.py" line="+134"/>
        <source>Chinese notice</source>
        <extracomment>Starting widths that fit a 1366-pixel screen; the last column (why) takes the rest, and the selected row&apos;s reason is also written out in full under the table. Room beside a column&apos;s name (margins, the sort arrow). The notice that fits each kind of problem. The rows whose due date is the shop&apos;s own limit, which an owner may extend.</extracomment>
        <translation>中文通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English notice</source>
        <translation>英文通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <location line="+2"/>
        <source>Confirm received</source>
        <translation>确认到账</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Mark failed…</source>
        <translation>标记失败…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>添加跟进备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare notice</source>
        <translation>准备通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier&apos;s answer…</source>
        <translation>供应商答复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline…</source>
        <translation>延长期限…</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n thing(s) need attention</source>
        <translation>
            <numerusform>%n 项待跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n past the legal refund deadline</source>
        <translation>
            <numerusform>其中%n笔已过法定退款期限</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Confirm that %1 received %2 for refund %3?</source>
        <translation>确认 %1 已收到退款 %3 的 %2？</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Payout failed</source>
        <translation>打款失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened? (the bank&apos;s or customer&apos;s words)</source>
        <translation>发生了什么？（银行或客户的原话）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up note</source>
        <translation>跟进备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done or said?</source>
        <translation>做了什么或说了什么？</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The notice was e-mailed to the customer.</source>
        <translation>通知已通过邮件发给客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice text is on the clipboard; send it to the customer.</source>
        <translation>通知内容已复制到剪贴板，请发给客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice could not be sent and is kept as unsent: %1</source>
        <translation>通知未能发送，已保存为未发送：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the notice: %1</source>
        <translation>邮件服务器拒收了通知：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longer than one SMS (%1 of %2 characters).</source>
        <translation>超过一条短信的长度（%1 / %2 个字符）。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_view.py" line="+212"/>
        <source>Language on this computer</source>
        <translation>本机界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the screen after this much time without use</source>
        <translation>无人操作多久后锁屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/guards.py" line="+124"/>
        <location line="+19"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard your input?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this window has not been saved. Close it and lose it?</source>
        <translation>此窗口中填写的内容尚未保存。关闭并放弃这些内容吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/import_dialog.py" line="+142"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s format is not known. Choose which column holds each field:</source>
        <translation>无法识别此文件的格式。请为每个字段选择对应的列：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remember this mapping for files from</source>
        <translation>记住此对应关系，用于以下来源的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source name, e.g. JD.com</source>
        <translation>来源名称，例如 京东</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good orders and leave out the failing or conflicting ones</source>
        <translation>导入正常订单，跳过无法导入或有冲突的订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save list…</source>
        <translation>保存清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an order export (for Taobao/Tmall, its order list and line list)</source>
        <translation>选择订单导出文件（淘宝/天猫请同时选择订单报表和宝贝报表）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Taobao / Tmall</source>
        <translation>淘宝 / 天猫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic template</source>
        <translation>通用模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detected format: —</source>
        <translation>识别的格式：—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (map the columns below)</source>
        <translation>未知（请在下方对应各列）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taobao / Tmall, order list and line list</source>
        <translation>淘宝 / 天猫，订单报表和宝贝报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected format: %1 · %2 · %3 columns</source>
        <translation>识别的格式：%1 · %2 · %3 列</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，未导入任何内容。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the orders left out</source>
        <translation>保存未导入的订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the list to %1</source>
        <translation>清单已保存到 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New: %1 · Unchanged: %2 · Changed: %3 · Failing: %4 · Conflicts: %5</source>
        <translation>新增：%1 · 未变：%2 · 有变化：%3 · 出错：%4 · 冲突：%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · Platform refunds made here: %1</source>
        <translation> · 已关联本系统退款的平台退款：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The good orders were imported; the %1 listed below were left out.</source>
        <translation>正常订单已导入；下列 %1 个订单未导入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/formatting.py" line="+26"/>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, not started</source>
        <translation>预售待生产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, in production</source>
        <translation>预售生产中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+83"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+9"/>
        <location line="+82"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Paid out</source>
        <translation>已打款</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed mind (7-day no-reason return)</source>
        <translation>不想要了（七天无理由退货）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>运输途中损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>延迟送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate payment</source>
        <translation>重复付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>价格调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Compensation (goods kept)</source>
        <translation>瑕疵补偿（仅退款）</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+201"/>
        <source>Goodwill</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+12"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UnionPay</source>
        <translation>银联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Refund to original payment</source>
        <translation>原路退回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheduled</source>
        <translation>待打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocks</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount share</source>
        <translation>优惠分摊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded by amount</source>
        <translation>已按金额退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund by amount</source>
        <translation>按金额退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee</source>
        <translation>退货手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deduction</source>
        <translation>扣除退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>跨境手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Deduction for diminished value</source>
        <translation>商品折损扣款</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Return postage paid back</source>
        <translation>退货运费补偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund total</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in another currency</source>
        <translation>以其他币种支付</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund requested</source>
        <extracomment>Audit actions as the timeline shows them.</extracomment>
        <translation>已提交退款申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved: single-owner self-approval (PIN re-entered)</source>
        <translation>已批准：单一店主自行审批（已重新输入 PIN 码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed confirmation recorded</source>
        <translation>已登记签字确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods received</source>
        <translation>已收到退货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid out in full</source>
        <translation>已全额打款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payout sent</source>
        <translation>打款已发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout received by the customer</source>
        <translation>客户已确认到账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout failed</source>
        <translation>打款失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation printed</source>
        <translation>已打印退款确认单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature proof stored</source>
        <translation>已保存签字凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file attached</source>
        <translation>已附加凭证文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund payout failed</source>
        <translation>退款打款失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback recorded</source>
        <translation>已记录顾客评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up note added</source>
        <translation>已添加跟进记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier answer recorded</source>
        <translation>已记录供应商答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended by the owner</source>
        <translation>店主延长了期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up digest e-mailed to the owner</source>
        <translation>跟进日报已发送给店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout scheduled</source>
        <translation>已安排打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout retried</source>
        <translation>已重新打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice prepared</source>
        <translation>已准备顾客通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice sent</source>
        <translation>顾客通知已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice marked unsent</source>
        <translation>顾客通知标记为未发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice failed</source>
        <translation>顾客通知发送失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order added</source>
        <translation>已添加订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order imported</source>
        <translation>已导入订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order updated by an import</source>
        <translation>导入时更新了订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order edited: delivery date, category or final sale</source>
        <translation>已编辑订单：签收日期、类目或售出不退</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order file imported</source>
        <translation>已导入订单文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange recorded</source>
        <translation>已办理换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange cancelled</source>
        <translation>换货已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged goods received</source>
        <translation>换货退回商品已验收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit issued</source>
        <translation>已发放店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit used</source>
        <translation>已使用店铺余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit paid out in cash</source>
        <translation>店铺余额以现金支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User reactivated</source>
        <translation>已重新启用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User deactivated</source>
        <translation>已停用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User role changed</source>
        <translation>已更改用户角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>已重置 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN entered</source>
        <translation>PIN 输入错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN re-stored with a stronger hash</source>
        <translation>PIN 码已改用更强的加密方式保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN changed by its user</source>
        <translation>用户自行更改了 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop details changed</source>
        <translation>已更改店铺信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund policy changed</source>
        <translation>已更改退款政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods changed</source>
        <translation>已更改支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account codes changed</source>
        <translation>已更改会计科目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice template changed</source>
        <translation>已更改通知模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection reasons changed</source>
        <translation>驳回原因已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail settings changed</source>
        <translation>已更改邮件设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s digest settings changed</source>
        <translation>店主日报设置已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates entered</source>
        <translation>录入汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment statement reconciled</source>
        <translation>核对支付对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock changed</source>
        <translation>已更改闲置锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest PIN changed</source>
        <translation>已更改 PIN 码最短位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import column mapping saved</source>
        <translation>已保存导入列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU rules changed</source>
        <translation>已更改 SKU 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database backed up</source>
        <translation>已备份数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database restored</source>
        <translation>已恢复数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database recovered</source>
        <translation>已修复数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the database saved</source>
        <translation>已保存数据库副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN entered (counted before it is checked)</source>
        <translation>输入 PIN（在校验前计数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed a decision with the PIN</source>
        <translation>已用 PIN 码确认操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail keyed with the shop key</source>
        <translation>审计记录已用店铺密钥加密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records as they stood when the trail was keyed</source>
        <translation>加密钥时的记录基线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop key&apos;s recovery sheet shown</source>
        <translation>已查看店铺密钥恢复单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily closing recorded</source>
        <translation>已记录日结单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resaleable</source>
        <extracomment>Returned units: their condition and where they went (the stock ledger).</extracomment>
        <translation>完好可售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>已拆封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>配件缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned to stock</source>
        <translation>退回入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged out</source>
        <translation>换货发出</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Taobao</source>
        <extracomment>Where orders come from (``Order.source``): the platforms&apos; names as the shop knows them.</extracomment>
        <translation>淘宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youzan</source>
        <translation>有赞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat shop</source>
        <translation>微信小店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop counter</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale</source>
        <translation>批发</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Price difference</source>
        <extracomment>What a refund by amount is (``domain.amount_refunds.AmountKind``).</extracomment>
        <translation>退差价</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Made to order</source>
        <extracomment>Product categories the program knows (``OrderLine.category``): those a no-reason return excludes by law (``DEFAULT_EXCLUDED_CATEGORIES``) first, then common shop goods. A shop&apos;s own category (a SKU rule&apos;s, an import&apos;s) is shown as it is written.</extracomment>
        <translation>消费者定作商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh and perishable goods</source>
        <translation>鲜活易腐商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsealed audio, video and software</source>
        <translation>已拆封的音像制品、计算机软件等数字化商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newspapers and magazines</source>
        <translation>报纸、期刊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household appliances</source>
        <translation>家用电器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>数码电子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home goods</source>
        <translation>家居用品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stationery</source>
        <translation>文具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableware</source>
        <translation>餐具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea</source>
        <translation>茶叶</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/launch.py" line="+120"/>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the audit trail and every record against it…</source>
        <translation>正在检查审计记录，并逐条核对所有记录…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a year of demo orders…</source>
        <translation>正在生成一年的演示订单…</translation>
    </message>
    <message>
        <location filename="../../merchant_refunds/ui/common/i18n.py" line="+106"/>
        <location filename="../../merchant_refunds/ui/shell/launch.py" line="+94"/>
        <source>Merchant Refunds</source>
        <extracomment>Shown in their own language, so anyone can find theirs whatever language is active.</extracomment>
        <translation>商户退款</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/login.py" line="+120"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen was locked. Type a PIN to continue.</source>
        <translation>屏幕已锁定。请输入 PIN 码继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Who is working?</source>
        <translation>谁在值班？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PIN</source>
        <translation>保存 PIN 码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your PIN is shorter than this shop now requires (at least %1 digits). Choose a new PIN to continue.</source>
        <translation>您的 PIN 码短于本店现在的要求（至少 %1 位数字）。请设置新的 PIN 码后继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a user first.</source>
        <translation>请先选择用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/main_window.py" line="+242"/>
        <source>Merchant Refunds</source>
        <extracomment>Settings comes last, after the views listed in ``navigation.EXTRA_VIEWS``. The views not shown at the start are built after the Orders list has loaded, or after this long if it never does (an error): long enough that a busy machine paints the first rows first. The progress window of the slow work running now (a backup, a copy). The Orders view has painted its first rows; the rest waits for that too. The language the views were built in; a switch to another rebuilds them. A digest asked for before the first rows were painted, sent after them.</extracomment>
        <translation>商户退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy of the database…</source>
        <translation>保存数据库副本(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;PIN…</source>
        <translation>修改我的 PIN 码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New refund for the selected order</source>
        <translation>为所选订单新建退款(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Merchant Refunds</source>
        <translation>关于商户退款(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked. Type a PIN to continue.</source>
        <translation>已锁定。请输入 PIN 码继续。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print preview of the refund shown…</source>
        <translation>打印预览当前退款(&amp;P)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to print here: pick a refund, or an order with refunds.</source>
        <translation>这里没有可打印的内容：请选择一笔退款，或有退款的订单。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unsaved settings</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: your changes are not saved. Leave and lose them?</source>
        <translation>%1：您的修改尚未保存。离开并放弃修改吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation>不保存，离开</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Today&apos;s follow-up digest was e-mailed to the owner.</source>
        <translation>今天的跟进日报已发送到店主邮箱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>The follow-up digest could not be sent: %1</source>
        <translation>跟进日报未能发送：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a Merchant Refunds database</source>
        <translation>打开商户退款数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant Refunds database (*.sqlite3 *.db);;All files (*)</source>
        <translation>商户退款数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Save a copy of the database</source>
        <translation>保存数据库副本</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Merchant Refunds database (*.sqlite3)</source>
        <translation>商户退款数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy saved: %1</source>
        <translation>副本已保存：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About Merchant Refunds</source>
        <translation>关于商户退款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merchant Refunds %1
Refunds for small shops, offline, exact to the cent.</source>
        <translation>商户退款 %1
小店退款助手：离线使用，精确到分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ships with these parts, under their licences:</source>
        <translation>本程序包含以下组件，各按其许可证发布：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full licence of the bundled font is in %1.</source>
        <translation>随附字体的完整许可证见 %1。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A window still holds input that is not saved. Quit and lose it?</source>
        <translation>有窗口中还有未保存的内容。退出并放弃这些内容吗？</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/navigation.py" line="+32"/>
        <source>Follow-up</source>
        <extracomment>Who sees the view at all (None: everyone); the others do not get a greyed-out page.</extracomment>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/new_order_dialog.py" line="+89"/>
        <source>New order</source>
        <extracomment>Service error codes and the field they are shown beside. The domain&apos;s name for a text (``check_text``&apos;s ``what``) and the field it is typed in.</extracomment>
        <translation>新建订单</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final sale</source>
        <translation>售出不退</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add line</source>
        <translation>添加商品行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>删除商品行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment reference</source>
        <translation>支付流水号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payer account</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order discount (coupon)</source>
        <translation>订单优惠（优惠券）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Create order</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the quantity must be a whole number</source>
        <translation>数量须为整数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the tax rate is a percentage</source>
        <translation>税率须为百分数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order discount</source>
        <translation>订单优惠</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_notices.py" line="+34"/>
        <source>Request received</source>
        <translation>已收到退款申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected, with the reason</source>
        <translation>已驳回及原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, with the expected arrival</source>
        <translation>已打款及预计到账时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: apology</source>
        <translation>逾期致歉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the last day the refund will be paid by</source>
        <extracomment>What each placeholder stands for, shown as the placeholder line&apos;s tooltip.</extracomment>
        <translation>退款最晚付款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sentence stating that day (empty when no limit applies)</source>
        <translation>说明该日期的一句话（没有期限时为空）</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Notice texts</source>
        <extracomment>The mail-server field a ``set_smtp`` refusal belongs under.</extracomment>
        <translation>通知内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placeholders: %1. An empty text restores the default.</source>
        <translation>可用占位符：%1。内容留空则恢复默认。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mail server (leave empty to copy notices instead)</source>
        <translation>邮件服务器（留空则改为复制通知内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged (kept in the system keyring)</source>
        <translation>不变（保存在系统密钥环中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s daily digest</source>
        <translation>店主每日跟进日报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail me once a day what is late or due soon (while the program runs)</source>
        <translation>每天给我发一封邮件，列出逾期和即将到期的退款（程序运行时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/order_detail.py" line="+69"/>
        <location line="+99"/>
        <source>New refund…</source>
        <translation>新建退款…</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+110"/>
        <location line="+4"/>
        <location line="+22"/>
        <source>Refund part or all of this order (Ctrl+N)</source>
        <translation>退还此订单的部分或全部（Ctrl+N）</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+98"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+97"/>
        <source>Set the delivery date, a line&apos;s category or final sale (never amounts)</source>
        <translation>设置签收日期、商品行类目或售出不退（不修改金额）</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+96"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+90"/>
        <source>Store credit…</source>
        <translation>店铺余额…</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+89"/>
        <source>The customer&apos;s store-credit ledger: use it at the counter or pay it out</source>
        <translation>客户的店铺余额明细：可在柜台抵扣或以现金支付</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Exchange…</source>
        <translation>换货…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take units back and give others, settling the difference</source>
        <translation>收回商品并换出其他商品，结清差价</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Everything paid on this order has been refunded.</source>
        <translation>此订单已付金额已全部退款。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The confirmation of refund %1 in print preview (Ctrl+P)</source>
        <translation>打印预览退款 %1 的退款确认单（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no refund to print yet</source>
        <translation>此订单还没有可打印的退款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an order in the list to see its lines and refunds.</source>
        <translation>在列表中选择一个订单，查看商品明细和退款记录。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>下单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid after discounts</source>
        <translation>优惠后实付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Still refundable</source>
        <translation>可退</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final sale</source>
        <translation>售出不退</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order discount</source>
        <translation>订单优惠</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>实付合计</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refunds</source>
        <translation>退款记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No refunds yet.</source>
        <translation>暂无退款。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exchanges</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difference refunded %1</source>
        <translation>退还差价 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference paid by the customer %1</source>
        <translation>顾客补差价 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no difference</source>
        <translation>无差价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/order_edit_dialog.py" line="+53"/>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final sale</source>
        <translation>售出不退</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Amounts are never edited here. Only the owner changes categories and final sale.</source>
        <extracomment>Each line&apos;s category, picked by its name (a shop&apos;s own may be typed).</extracomment>
        <translation>此处不修改任何金额。只有店主可以修改类目和售出不退。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/order_table_model.py" line="+21"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total paid</source>
        <translation>实付金额</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/orders_view.py" line="+103"/>
        <source>Search order number, customer name or phone</source>
        <extracomment>Typing pauses shorter than this are one search, not one per keystroke. A date edit showing its minimum means &quot;no limit&quot;. Posted to the view when the rows on screen are painted: the work that waited starts after. A table on screen that is not painted within this long (a minimised window) starts anyway. The search whose first page is shown while its whole list loads. Started once the rows shown now are painted (``_after_rows_painted``). The confirmation shown in preview right after a request was saved.</extracomment>
        <translation>搜索订单号、客户姓名或电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All payment methods</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>New order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Refund %1 was saved: %2, %3. Print the confirmation for the customer to sign.</source>
        <translation>退款 %1 已保存：%2，%3。请打印确认单交顾客签字。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the orders your shop platform exported (CSV or Excel), or add an order by hand. Refunds start from an order.</source>
        <translation>导入店铺平台导出的订单（CSV 或 Excel），或手工新建订单。退款从订单开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>No order found</source>
        <translation>未找到订单</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/owner_pin.py" line="+42"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the owner&apos;s name and PIN.</source>
        <translation>请输入店主的用户名和 PIN 码。</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_payments.py" line="+49"/>
        <source>Payment method (tick if the shop uses it)</source>
        <translation>支付方式（勾选本店使用的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest arrival (business days)</source>
        <translation>最早到账（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest arrival (business days)</source>
        <translation>最晚到账（工作日）</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_actions.py" line="+285"/>
        <source>Record payout for %1</source>
        <extracomment>Wide enough for a bank account number, an instalment plan and the hint on two lines.</extracomment>
        <translation>登记退款 %1 的打款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transaction or transfer number</source>
        <extracomment>What the policy still allows: its maximum less the payouts already made or planned.</extracomment>
        <translation>交易号或转账流水号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left to pay: %1. A smaller amount is an instalment (large refunds only).</source>
        <translation>待付：%1。填写较小金额即为分期退款（仅限大额退款）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay in one go</source>
        <translation>一次付清</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> instalments</source>
        <translation> 期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days apart</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Pay %1 to %2 by %3 in %4 instalments for refund %5?</source>
        <translation>为退款 %5 分 %4 期通过%3向 %2 支付 %1？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay %1 to %2 by %3 for refund %5?</source>
        <translation>为退款 %5 通过%3向 %2 支付 %1？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record payout</source>
        <translation>登记打款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay</source>
        <translation>支付</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_policy.py" line="+54"/>
        <source>Always refund shipping</source>
        <translation>始终退运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund shipping when the whole order comes back</source>
        <translation>整单退回时退运费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund shipping only when the shop is at fault</source>
        <translation>仅店铺责任时退运费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never refund shipping</source>
        <translation>从不退运费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop bears it</source>
        <translation>由店铺承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deducted from the customer&apos;s refund</source>
        <translation>从客户的退款中扣除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another owner; the only owner with his PIN</source>
        <translation>另一位店主；仅有一位店主时由其输入 PIN 码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another owner only</source>
        <translation>仅限另一位店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another owner or the accountant</source>
        <translation>另一位店主或会计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Refund window per reason (days after delivery)</source>
        <extracomment>The deadline limits typed as text (empty: no limit): name -&gt; (lowest, highest, optional).</extracomment>
        <translation>各原因的退款期限（签收后天数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping, fees and thresholds</source>
        <translation>运费、手续费与金额门槛</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Second approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who approves a refund at or above the second-approval threshold that an owner requested himself. A clerk&apos;s request is approved by any owner.</source>
        <translation>店主本人申请、达到复核金额的退款由谁批准。店员的申请任何一位店主都可批准。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restocking fee (%)</source>
        <translation>退货手续费（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deducted</source>
        <translation>扣除退货运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second approval from</source>
        <translation>复核金额起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refund from</source>
        <translation>大额退款起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee (%)</source>
        <translation>跨境手续费（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage paid back, at most</source>
        <translation>退货运费补偿上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction for diminished value, at most (% of a unit)</source>
        <translation>商品折损扣款上限（占单件价值的 %）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>跨境手续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay only after returned goods have arrived</source>
        <translation>收到退货后才打款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instalments and exclusions</source>
        <translation>分期退款与例外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refunds may be paid in instalments</source>
        <translation>大额退款可分期退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> instalments</source>
        <translation> 期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded from no-reason returns</source>
        <translation>不支持无理由退货的类目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines and reminders</source>
        <translation>处理期限和提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide a request within (hours)</source>
        <translation>审核申请时限（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay an approved refund within (days)</source>
        <translation>批准后付款时限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind this many days before</source>
        <translation>提前几天提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the days as</source>
        <translation>天数计算方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal refund deadline</source>
        <translation>法定退款期限</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave a limit empty for none. The law&apos;s deadline cannot be extended; the shop&apos;s own limits can, refund by refund.</source>
        <translation>时限留空表示不限。法定期限不能延长；本店自己的时限可以按单笔退款延长。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a whole number from %1 to %2</source>
        <translation>请输入%1到%2之间的整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, or leave it empty for no limit</source>
        <translation>，或留空表示不限</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Type a percentage from 0 to 100, at most two decimals: for example 2.5</source>
        <translation>请输入 0 至 100 的百分数，最多两位小数，例如 2.5</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="+68"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save signed copy…</source>
        <translation>保存签字件…</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+50"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No printer is set up; save as PDF instead</source>
        <translation>尚未设置打印机，请改为保存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a printer in the computer&apos;s settings, or use Save as PDF and print the file elsewhere.</source>
        <translation>请在电脑设置中添加打印机，或使用“保存为 PDF”，再到别处打印该文件。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The printer %1 is not available</source>
        <translation>打印机 %1 不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on and connected, or save as PDF instead.</source>
        <translation>请检查打印机是否已开机并连接，或改为保存为 PDF。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save confirmation as PDF</source>
        <translation>将退款确认单保存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Preparing %1 confirmations…</source>
        <translation>正在准备 %1 份退款确认单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmations</source>
        <translation>退款确认单</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save signed confirmation</source>
        <translation>保存已签字的退款确认单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed confirmation (*%1)</source>
        <translation>已签字的退款确认单 (*%1)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_view.py" line="-118"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (image file)</source>
        <translation>店铺标志（图片文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (for business days)</source>
        <translation>国家/地区（用于计算工作日）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>选择店铺标志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please enter the shop&apos;s name.</source>
        <translation>请输入店铺名称。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The logo file does not exist.</source>
        <translation>标志文件不存在。</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="-480"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>打印设置</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/rates_dialog.py" line="+41"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in other currencies are booked in %1 in the journal. Enter how many %1 one unit was worth on a day; a day without a rate takes the newest of the 7 days before it.</source>
        <translation>其他币种的退款在会计分录中按%1记账。请录入某日一单位外币折合多少%1；某日没有汇率时，取此前7天内最近的一个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate in %1</source>
        <translation>汇率（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No exchange rates entered yet.</source>
        <translation>尚未录入汇率。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 0.0478</source>
        <translation>例如 0.0478</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rate</source>
        <translation>添加汇率</translation>
    </message>
</context>
<context>
    <name>ReceiveGoodsDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/goods_dialogs.py" line="-135"/>
        <source>Receive returned goods</source>
        <extracomment>Refusals of a deduction&apos;s reason (the rest concern the amount).</extracomment>
        <translation>退货收货验货</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>验货状况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record each unit as it came back. Resaleable and opened units go back into stock, damaged ones and those with parts missing are written off, unless you choose otherwise.</source>
        <translation>按收到的实际状况逐件记录。完好可售和已拆封的商品退回入库，损坏或配件缺失的商品报损，也可以逐件另选。</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/reconcile_dialog.py" line="+50"/>
        <source>Reconcile a payment statement</source>
        <extracomment>Rows of each list shown in the dialog; the saved lists hold them all.</extracomment>
        <translation>核对支付对账单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider&apos;s statement (CSV)</source>
        <translation>支付平台或银行的对账单（CSV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the file</source>
        <translation>根据文件自动识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay account statement</source>
        <translation>支付宝账务明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay bill</source>
        <translation>微信支付交易账单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconcile</source>
        <translation>对账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save unmatched…</source>
        <translation>保存未匹配记录…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save missing…</source>
        <translation>保存未到账打款…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider reference</source>
        <translation>平台流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected by</source>
        <translation>预计最晚到账</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank columns (JSON)</source>
        <translation>银行列对应（JSON）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a statement</source>
        <translation>选择对账单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statements (*.csv *.txt)</source>
        <translation>对账单 (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the statement and matching payouts…</source>
        <translation>正在读取对账单并匹配付款…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciling the statement…</source>
        <translation>正在对账…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown period</source>
        <translation>期间未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {rows} rows, {refunds} refunds, {period}.</source>
        <translation>{file}：{rows} 行，其中退款 {refunds} 笔，{period}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Would mark {n} payouts arrived; {matched} already matched, {received} already received. Nothing has been changed yet.</source>
        <translation>将标记 {n} 笔打款为已到账；{matched} 笔此前已匹配，{received} 笔此前已确认到账。尚未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked {n} payouts arrived and completed {completed} refunds; {matched} already matched, {received} already received.</source>
        <translation>已标记 {n} 笔打款为已到账，完成 {completed} 笔退款；{matched} 笔此前已匹配，{received} 笔此前已确认到账。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement refunds with no payout here: {n}</source>
        <translation>对账单中本系统无对应打款的退款：{n} 笔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payouts the statement does not show: {n}</source>
        <translation>对账单中未出现的打款：{n} 笔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payout here</source>
        <translation>本系统无对应打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference found, amount differs</source>
        <translation>参考号相符但金额不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several payouts of this amount</source>
        <translation>多笔打款金额相同，无法确定</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/recovery.py" line="+30"/>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 is damaged and cannot be used safely.</source>
        <translation>数据库 %1 已损坏，无法安全使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest good backup is from %1. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</source>
        <translation>最新的完好备份来自 %1。要恢复它吗？此后完成的操作需要重新录入。损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the name and PIN of an owner as they were when the backup of %1 was made.</source>
        <translation>请输入店主在 %1 备份时所用的用户名和 PIN 码。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/shop_key.py" line="-198"/>
        <location line="+101"/>
        <source>Shop key recovery sheet</source>
        <translation>店铺密钥恢复单</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>The shop is set up. Its records are protected by a shop key that is kept on this computer, not in the database. Write this recovery key on paper, or print the sheet now, and keep the paper away from the computer.</source>
        <translation>店铺已设置好。本店的记录由店铺密钥保护，密钥存放在这台电脑上，而不在数据库里。请现在把下面的恢复密钥抄在纸上，或打印恢复单，并把这张纸存放在远离电脑的地方。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the shop&apos;s recovery key. Keep it on paper, away from the computer.</source>
        <translation>这是本店的恢复密钥。请保存在纸上，远离电脑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key id: %1</source>
        <translation>密钥编号：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You need it on a new computer, on a second counter on the same server, and after a disk failure. Anyone who has it and the database file can rewrite the records: keep it like the key to a safe.</source>
        <translation>换新电脑、在同一服务器上增加第二个收银台、硬盘损坏后恢复时，都需要它。任何人同时拿到它和数据库文件，就能改写记录：请像保管保险柜钥匙一样保管它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the recovery sheet</source>
        <translation>保存恢复单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the recovery sheet to %1</source>
        <translation>恢复单已保存到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it, keep the paper away from the computer, then delete the file.</source>
        <translation>请打印出来，把纸存放在远离电脑的地方，然后删除这个文件。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The printer %1 is not available</source>
        <translation>打印机 %1 不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on and connected, or save as PDF instead.</source>
        <translation>请检查打印机是否已开机并连接，或改为保存为 PDF。</translation>
    </message>
</context>
<context>
    <name>RefundDetailPanel</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_detail.py" line="+79"/>
        <source>No refund selected</source>
        <extracomment>The refund&apos;s due dates, the law&apos;s limit and the owner&apos;s extensions, with the policy whose rules explain them (None where not read). The returned units as inspected and the return postage (None where not read).</extracomment>
        <translation>未选择退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a refund in the list to see it and act on it.</source>
        <translation>在列表中选择一笔退款，查看详情并处理。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund %1 · %2</source>
        <translation>退款 %1 · %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+184"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Requested</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 提交</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>Returned goods</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>received %1</source>
        <translation>%1 已收到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not received yet</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected because</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block overridden because</source>
        <translation>强制放行原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 asked on %2: %3</source>
        <translation>%2 询问 %1：%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>waiting for the supplier&apos;s agreement</source>
        <translation>等待供应商同意</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Refund by amount</source>
        <translation>按金额退款</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overridden by</source>
        <translation>强制放行人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, at %2&apos;s counter</source>
        <translation>%1（在 %2 的柜台）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed %1</source>
        <translation>%1 已签字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file on record</source>
        <translation>无存档文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed on screen</source>
        <translation>屏幕签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scan of the signed paper attached</source>
        <translation>已附签字单据扫描件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recorded by %1</source>
        <translation>由 %1 登记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needed before payment, not signed yet</source>
        <translation>付款前需要，尚未签字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whole order</source>
        <translation>整个订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2, no units taken</source>
        <translation>%1（%2），不退商品件数</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Breakdown</source>
        <translation>退款明细</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, receipt %2</source>
        <translation>%1，单号 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owner&apos;s override by %1: %2</source>
        <translation>%1 破例补偿：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>验货状况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deadlines</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: last day %2 (%3)</source>
        <translation>%1：最后期限%2（%3）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Legal deadline %1: %2</source>
        <translation>法定期限%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 extended to %2 by %3 on %4: %5</source>
        <translation>%1由%3于%4延长至%2：%5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Findings</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The legal refund deadline (%1) was missed</source>
        <translation>已错过法定退款期限（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second person, not the requester, must approve.</source>
        <translation>须由申请人以外的另一人复核。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision yet.</source>
        <translation>尚无审批结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 on %3</source>
        <translation>%1 于 %3 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(at %1&apos;s counter, with his PIN)</source>
        <translation>（在 %1 的柜台，输入 PIN 码）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Single-owner self-approval (PIN re-entered)</source>
        <translation>单一店主自行审批（已重新输入 PIN 码）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payouts</source>
        <translation>打款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing paid yet.</source>
        <translation>尚未打款。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still to pay: %1</source>
        <translation>待付：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 – %2</source>
        <translation>预计 %1 – %2 到账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due %1</source>
        <translation>应于 %1 打款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_dialog.py" line="+87"/>
        <source>Refund for order %1</source>
        <extracomment>The longest note the services accept (``refund_requests``), checked as it is typed. Error codes that belong to the bank-account fields rather than to the refund as a whole.</extracomment>
        <translation>订单 %1 退款</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request refund</source>
        <translation>提交退款申请</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Order %1 · %2 · paid %3 · still refundable %4</source>
        <translation>订单 %1 · %2 · 实付 %3 · 可退 %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for line</source>
        <translation>本行实付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund units</source>
        <translation>退款件数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (final sale)</source>
        <translation>（售出不退）</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+73"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everything left</source>
        <translation>退还全部剩余</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+79"/>
        <source>Shipping (%1 left)</source>
        <translation>运费（剩余 %1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refund an amount instead of units</source>
        <translation>按金额退款（不退商品）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount, e.g. 10.00</source>
        <translation>金额，例如 10.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole order (shared by what is left)</source>
        <translation>整个订单（按各行剩余可退金额分摊）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2 (%3 left)</source>
        <translation>第 %1 行：%2（剩余 %3）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a reason…</source>
        <translation>选择退款原因…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the customer said, what you saw</source>
        <translation>客户怎么说、您看到了什么</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The goods come back</source>
        <translation>需退回商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos, files</source>
        <translation>照片、文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt or tracking number</source>
        <translation>单据号或快递单号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: why it is paid back though the shop is not at fault</source>
        <translation>店主：非本店责任仍补偿运费的理由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return postage paid back</source>
        <translation>退货运费补偿</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where the money goes</source>
        <translation>退款去向</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card or account number, or IBAN</source>
        <translation>卡号、账号或 IBAN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 0.1389</source>
        <translation>例如 0.1389</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay in currency</source>
        <translation>退款币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange rate (1 %1 =)</source>
        <translation>汇率（1 %1 =）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate date</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override the block because (required, recorded):</source>
        <translation>强制放行原因（必填，将记入审计记录）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the refund is right despite the block</source>
        <translation>为什么仍应退款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This refund is blocked. Only the owner can override a block: give the reason, then ask the owner to authorise it here with his name and PIN.</source>
        <translation>该退款被拦截。只有店主可以强制放行：请填写原因，然后请店主在此输入用户名和 PIN 码授权。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the owner…</source>
        <translation>请店主授权…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Type the amount to refund.</source>
        <translation>请输入退款金额。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>line %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Ask the owner</source>
        <translation>请店主授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorise</source>
        <translation>授权</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The owner overrides the block here with his name and PIN; you stay signed in, and the refund records both names. Reason: %1</source>
        <translation>店主在此输入用户名和 PIN 码强制放行；您保持登录，退款将同时记录两人的姓名。原因：%1</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Choose a reason to see the refund amount.</source>
        <translation>选择退款原因后显示退款金额。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the units to refund, or shipping.</source>
        <translation>请选择要退的商品件数或运费。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>line %1, %2 of %3 units</source>
        <translation>第 %1 行，%3 件中退 %2 件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund total: %1</source>
        <translation>退款金额：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paid as %1</source>
        <translation>按 %1 支付</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tax included %1</source>
        <translation>含税 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1 on %2</source>
        <translation>%2 汇率 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>borne by the customer</source>
        <translation>由客户承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borne by the shop</source>
        <translation>由店铺承担</translation>
    </message>
</context>
<context>
    <name>RefundTableModel</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_table_model.py" line="+26"/>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund no.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>退款金额</translation>
    </message>
</context>
<context>
    <name>RefundsView</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refunds_view.py" line="+157"/>
        <source>Search refund number, order number or customer</source>
        <extracomment>The tabs, in the order a refund moves through them; None is &quot;all&quot;. Who may do what (mirrors the services&apos; ``require_role`` checks). Keys for the steps a counter does many times a day (shown in the buttons&apos; tooltips). Actions that follow from the refund&apos;s data rather than from its state alone. The action buttons by row: the refund&apos;s own steps, then its payouts and aftercare. The last &quot;are you sure?&quot; asked before money moved (tests answer it).</extracomment>
        <translation>搜索退款单号、订单号或客户</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+402"/>
        <location line="+21"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Ask the owner to approve…</source>
        <translation>请店主批准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record signature…</source>
        <translation>登记签字确认…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payout…</source>
        <translation>登记打款…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+523"/>
        <location line="+2"/>
        <source>Confirm received</source>
        <translation>确认到账</translation>
    </message>
    <message>
        <location line="-524"/>
        <source>Cancel refund…</source>
        <translation>取消退款…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier&apos;s answer…</source>
        <translation>供应商答复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback…</source>
        <translation>客户反馈…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send next instalment…</source>
        <translation>发出下一期打款…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed payout…</source>
        <translation>重新支付失败的打款…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline…</source>
        <translation>延长期限…</translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Someone other than the requester must approve this refund.</source>
        <translation>这笔退款须由申请人以外的人审批。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer must sign the confirmation first.</source>
        <translation>须先由客户在退款确认单上签字确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The returned goods have not been received yet.</source>
        <translation>退货尚未收到。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Approve with my PIN…</source>
        <translation>输入 PIN 码批准…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve refund %1 of %2 to %3?</source>
        <translation>批准退款 %1：%2，退给 %3？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approve your own request</source>
        <translation>批准本人提交的申请</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Pay %1 to %2 by %3 again for refund %4?</source>
        <translation>为退款 %4 通过%3向 %2 重新支付 %1？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry failed payout</source>
        <translation>重新支付失败的打款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay</source>
        <translation>支付</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>You requested this refund yourself and are the shop&apos;s only owner. Enter your PIN again to approve it; it is recorded as a single-owner self-approval in the trail, the report and the daily closing.</source>
        <translation>该退款由您本人申请，而您是本店唯一的店主。请再次输入 PIN 码批准；审计记录、报表和日结单中将记为单一店主自行审批。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ask the owner to approve</source>
        <translation>请店主批准</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The owner approves refund %1 here with his name and PIN; you stay signed in, and the refund records both names.</source>
        <translation>店主在此输入用户名和 PIN 码批准退款 %1；您保持登录，退款将同时记录两人的姓名。</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Goods received…</source>
        <translation>收货验货…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduct for diminished value…</source>
        <translation>商品折损扣款…</translation>
    </message>
    <message>
        <location line="+518"/>
        <source>Confirm that %1 received %2 for refund %3?</source>
        <translation>确认 %1 已收到退款 %3 的 %2？</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel refund</source>
        <translation>取消退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this refund? Nothing has been paid. Reason (optional):</source>
        <translation>取消这笔退款吗？目前尚未打款。原因（可不填）：</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Send instalment #%1</source>
        <translation>发出第 %1 期打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send %1 now? Transaction reference (optional):</source>
        <translation>现在打款 %1？交易流水号（可选）：</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="+267"/>
        <source>Reject refund %1</source>
        <translation>驳回退款 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the refund rejected? The customer will see this reason.</source>
        <translation>为什么驳回此退款？客户会看到此原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no template: write the reason)</source>
        <translation>（不用模板：自行填写原因）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer reads</source>
        <translation>客户阅读语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your words</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>RejectionReasonsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_rejections.py" line="+79"/>
        <source>The reasons offered when a refund is rejected. The customer reads the text in their language, followed by anything the owner adds. The key is short (lower-case letters, digits, - or _) and is what the command line&apos;s --template takes.</source>
        <translation>驳回退款时可选用的原因。客户会看到其语言对应的文字，后面附上店主补充的说明。代码要简短（小写字母、数字、- 或 _），即命令行 --template 所用的值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add reason</source>
        <translation>添加原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reason</source>
        <translation>删除原因</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message numerus="yes">
        <location filename="../../merchant_refunds/ui/shell/reminder_bar.py" line="+75"/>
        <source>%n refund(s) late</source>
        <translation>
            <numerusform>%n笔退款逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n past the legal refund deadline</source>
        <translation>
            <numerusform>其中%n笔已过法定退款期限</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open follow-up</source>
        <translation>打开跟进</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/reports_view.py" line="+68"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily closing…</source>
        <translation>日结单…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconcile…</source>
        <translation>对账…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match a payment statement to the payouts and mark them arrived</source>
        <translation>将支付对账单与打款记录核对，并标记已到账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store-credit balances…</source>
        <translation>店铺余额结存…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned goods…</source>
        <translation>退回商品…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What came back: returned to stock or written off</source>
        <translation>退回了哪些商品：退回入库或报损</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reports and exports are for the owner and the accountant.</source>
        <extracomment>The legal-deadline table as shown: (month, paid in time, late, share), row by row.</extracomment>
        <translation>报表和导出仅供店主和会计使用。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Paid within the legal refund deadline</source>
        <translation>在法定退款期限内付款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refund&apos;s legal deadline fell in this period.</source>
        <translation>本期间没有退款的法定期限到期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in time</source>
        <translation>按时付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share in time</source>
        <translation>按时比例</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request to payout</source>
        <translation>申请到打款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request to receipt</source>
        <translation>申请到到账</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: average {average}, slowest {slowest}</source>
        <translation>{what}：平均 {average}，最慢 {slowest}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer feedback: %1 ratings, average %2 of 5</source>
        <translation>客户反馈：%1 条评分，平均 %2 分（满分 5 分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refunds in this period.</source>
        <translation>此期间没有退款。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By refund reason</source>
        <translation>按退款原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By payout method</source>
        <translation>按退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+28"/>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report saved to {path}</source>
        <translation>报表已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_users.py" line="+40"/>
        <source>New PIN for %1</source>
        <translation>为 %1 设置新 PIN 码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_actions.py" line="+61"/>
        <source>Pay failed payout #%1 again</source>
        <translation>重新支付第 %1 笔失败的打款</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transaction or transfer number</source>
        <translation>交易号或转账流水号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 打款失败：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
</context>
<context>
    <name>SelfApprovals</name>
    <message numerus="yes">
        <location filename="../../merchant_refunds/ui/reports/self_approvals.py" line="+22"/>
        <source>Single-owner self-approvals (%n)</source>
        <translation>
            <numerusform>单一店主自行审批（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · approved by %2 with his PIN · %3</source>
        <translation>%1 · 由 %2 输入 PIN 码批准 · %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_page.py" line="+106"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+41"/>
        <source>Please correct the fields marked in red.</source>
        <extracomment>What ``check`` found that belongs to no one field (see ``general_problem``).</extracomment>
        <translation>请更正标红的项目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_view.py" line="+146"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund policy</source>
        <translation>退款政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU rules</source>
        <translation>SKU 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting</source>
        <translation>会计科目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection reasons</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and lock</source>
        <translation>语言与锁屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop key</source>
        <translation>店铺密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the shop owner can change these settings. You can look at them, and choose the language of this computer.</source>
        <translation>只有店主可以修改这些设置。您可以查看，也可以选择本机的界面语言。</translation>
    </message>
</context>
<context>
    <name>ShopKey</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/shop_key.py" line="+97"/>
        <source>This computer does not have the shop key of this database.</source>
        <translation>这台电脑上没有此数据库的店铺密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s records are protected by a key that is kept outside the database. It is not on this computer (a new computer, a second counter, or after a disk failure). Nothing can be saved, not even a sign-in, until the key is entered from the recovery sheet.</source>
        <translation>本店的记录由一把存放在数据库之外的密钥保护，而这台电脑上没有它（新电脑、第二个收银台，或硬盘损坏之后）。在从恢复单输入密钥之前，什么都无法保存，连登录也不行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shop key missing</source>
        <translation>缺少店铺密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter recovery key…</source>
        <translation>输入恢复密钥…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ShopKeyPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_shop_key.py" line="+60"/>
        <source>Shop key</source>
        <translation>店铺密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop key protects the audit trail: without it nobody can rewrite the records unnoticed. It is kept on this computer (in the system keyring, or in a file only you can read), not in the database. The recovery sheet brings it to a new computer or a second counter.</source>
        <translation>店铺密钥保护审计记录：没有它，谁也无法改写记录而不被发现。它存放在这台电脑上（系统钥匙串，或只有您能读取的文件中），而不在数据库里。用恢复单可以把它带到新电脑或第二个收银台。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the shop owner can see the recovery key.</source>
        <translation>只有店主可以查看恢复密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recovery key…</source>
        <translation>查看恢复密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter recovery key…</source>
        <translation>输入恢复密钥…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail is not protected by a shop key yet; it gets one at the next change.</source>
        <translation>审计记录尚未受店铺密钥保护；下一次更改时会生成密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is protected by the shop key %1. This computer has the key.</source>
        <translation>审计记录受店铺密钥 %1 保护。这台电脑上有该密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is protected by the shop key %1, but this computer does not have it. Nothing can be saved until the key is entered from the recovery sheet.</source>
        <translation>审计记录受店铺密钥 %1 保护，但这台电脑上没有该密钥。在从恢复单输入密钥之前，什么都无法保存。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shop key is saved on this computer.</source>
        <translation>店铺密钥已保存到这台电脑。</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/signature_dialog.py" line="+57"/>
        <source>Record signature for %1</source>
        <translation>登记 %1 的签字确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan or photograph the confirmation the customer signed and attach the file (PNG, JPEG or PDF, at most %1 MB).</source>
        <translation>扫描或拍下客户已签字的退款确认单，并附上文件（PNG、JPEG 或 PDF，最大 %1 MB）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer: please sign in the box with the mouse, a pen or your finger. The signature is printed onto the refund confirmation.</source>
        <translation>请客户用鼠标、手写笔或手指在框内签名。签名会打印在退款确认单上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach the signed paper</source>
        <translation>上传签字单据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on screen</source>
        <translation>屏幕签名</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Attach the signed confirmation</source>
        <translation>附加已签字的退款确认单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans and photos (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>扫描件和照片 (*.png *.jpg *.jpeg *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer has not signed in the box yet.</source>
        <translation>客户还没有在框内签名。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/signature_pad.py" line="+61"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SkuRulesPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_sku_rules.py" line="+83"/>
        <source>Imported orders get each line&apos;s category and final sale from the first rule its SKU matches: an exact SKU, or a pattern where * stands for any characters and ? for one (TEA-* matches TEA-01). A category or final sale that the file or an order edit gives is kept.</source>
        <translation>导入订单时，每个商品行按其 SKU 匹配到的第一条规则设置类目和售出不退：可以填写完整 SKU，也可以使用匹配模式，* 代表任意多个字符，? 代表一个字符（TEA-* 可匹配 TEA-01）。文件本身或订单编辑中已设置的类目和售出不退会保留。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Categories the refund policy excludes from no-reason returns: %1</source>
        <translation>退款政策中不支持七天无理由退货的类目：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU or pattern</source>
        <translation>SKU 或匹配模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final sale</source>
        <translation>售出不退</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
</context>
<context>
    <name>StockLedgerDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/stock_dialog.py" line="+64"/>
        <source>Returned goods: stock ledger</source>
        <translation>退回商品库存台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in stock</source>
        <translation>退回入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged out</source>
        <translation>换货发出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund or exchange</source>
        <translation>退款或换货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>验货状况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV or XLSX…</source>
        <translation>另存为 CSV 或 XLSX…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the stock ledger…</source>
        <translation>正在读取库存台账…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the stock ledger</source>
        <translation>保存库存台账</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the stock ledger…</source>
        <translation>正在保存库存台账…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n movement(s) saved to %1</source>
        <translation>
            <numerusform>已将 %n 条库存变动保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCreditDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/store_credit_dialog.py" line="-147"/>
        <source>Issued by a refund</source>
        <translation>退款转入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used at the counter</source>
        <translation>柜台抵扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out in cash</source>
        <translation>现金支付</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Store credit · %1</source>
        <extracomment>Errors of the receipt number or note, shown under that field; the rest concern the amount.</extracomment>
        <translation>店铺余额 · %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund / receipt / note</source>
        <translation>退款单 / 小票 / 备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at the counter…</source>
        <translation>柜台抵扣…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take credit off a sale rung up in the till, with its receipt number</source>
        <translation>在收银机结账的销售中抵扣余额，并记录销售小票号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay out in cash…</source>
        <translation>现金支付…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the customer the credit in cash (owner)</source>
        <translation>以现金向客户支付余额（店主）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
</context>
<context>
    <name>SupplierAnswerDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/aftercare_dialogs.py" line="+20"/>
        <source>Supplier&apos;s answer for %1</source>
        <translation>%1 的供应商答复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier and contact person</source>
        <translation>供应商及联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed to take the order back</source>
        <translation>同意退单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked</source>
        <translation>询问对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/errors.py" line="+28"/>
        <source>Something went wrong</source>
        <extracomment>What a message box shows beside its text: the icon and the margins.</extracomment>
        <translation>出错了</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program ran into a problem it did not expect. Nothing you saved before was lost; the last action may not have finished. Please tell whoever supports the shop&apos;s computer and give them the details.</source>
        <translation>程序遇到了意外问题。之前保存的内容都没有丢失，但最后一步操作可能没有完成。请告诉负责店里电脑的人，并把详情发给他们。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The details were saved in %1</source>
        <translation>详情已保存到 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_users.py" line="+76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN…</source>
        <translation>重置 PIN 码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest PIN</source>
        <translation>PIN 码最短位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> digits</source>
        <translation> 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and changed PINs need at least this many digits. Users whose PIN is shorter are asked for a new one when they next sign in.</source>
        <translation>新设或更改的 PIN 码至少需要这么多位数字。PIN 码较短的用户将在下次登录时被要求设置新的 PIN 码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked (too many wrong PINs)</source>
        <translation>已锁定（PIN 码错误次数过多）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User added.</source>
        <translation>用户已添加。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN changed.</source>
        <translation>PIN 码已更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shortest PIN changed.</source>
        <translation>已更改 PIN 码最短位数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role changed.</source>
        <translation>角色已更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User deactivated.</source>
        <translation>用户已停用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User reactivated.</source>
        <translation>用户已重新启用。</translation>
    </message>
</context>
<context>
    <name>_SubmittingDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_actions.py" line="-266"/>
        <source>Bank card number or IBAN</source>
        <extracomment>Which field a service&apos;s error code belongs under; anything else goes under the buttons. Title, question and yes-button asked before ``submit`` runs (money moves): set by the caller, who knows the payee; None runs ``submit`` at once.</extracomment>
        <translation>银行卡号或 IBAN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to pay to the account given with the request: %1</source>
        <translation>留空则退到申请时填写的账户：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
</context>
</TS>
