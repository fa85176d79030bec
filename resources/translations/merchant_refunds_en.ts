<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_accounts.py" line="+23"/>
        <source>Sales returns (revenue reversed)</source>
        <extracomment>What each journal account is for, in the accountant&apos;s words.</extracomment>
        <translation>Sales returns (revenue reversed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output VAT in the refund</source>
        <translation>Output VAT in the refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions the shop keeps</source>
        <translation>Deductions the shop keeps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee borne by the shop</source>
        <translation>Cross-border fee borne by the shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers&apos; return postage paid back by the shop</source>
        <translation>Customers&apos; return postage paid back by the shop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange differences (foreign refunds, request vs payout)</source>
        <translation>Exchange differences (foreign refunds, request vs payout)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store credit owed to customers</source>
        <translation>Store credit owed to customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay clearing</source>
        <translation>Alipay clearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay clearing</source>
        <translation>WeChat Pay clearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UnionPay clearing</source>
        <translation>UnionPay clearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card acquiring clearing</source>
        <translation>Card acquiring clearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal clearing</source>
        <translation>PayPal clearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other payment channels</source>
        <translation>Other payment channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The journal export books every payout to these accounts; debits always equal credits. Codes are digits, as in your chart of accounts.</source>
        <translation>The journal export books every payout to these accounts; debits always equal credits. Codes are digits, as in your chart of accounts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account code</source>
        <translation>Account code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_users.py" line="+159"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN (%1 to 12 digits)</source>
        <translation>PIN (%1 to 12 digits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+44"/>
        <source>The two PINs are not the same.</source>
        <extracomment>Room for the services&apos; messages under the name and PIN fields.</extracomment>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="+318"/>
        <source>%1 cannot be shown here; save it and open it with another program.</source>
        <translation>%1 cannot be shown here; save it and open it with another program.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · attached by %3 · SHA-256 %4</source>
        <translation>%1 · %2 · attached by %3 · SHA-256 %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../merchant_refunds/ui/audit/audit_texts.py" line="+33"/>
        <source>Address</source>
        <extracomment>Shown for a field that had no value (before it was set, or after it was cleared). How many characters a value may take in the list&apos;s one-line summary.</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>Cancelled at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>Cross-border fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee borne by</source>
        <translation>Cross-border fee borne by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee (basis points)</source>
        <translation>Cross-border fee (basis points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at</source>
        <translation>Delivered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind days before</source>
        <translation>Remind days before</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>E-mail</source>
        <extracomment>Codes that are not statuses, reasons or methods but still reach the trail as values.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events before</source>
        <translation>Events before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded from no-reason returns</source>
        <translation>Excluded from no-reason returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected from</source>
        <translation>Expected from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final sale</source>
        <translation>Final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review findings</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods received at</source>
        <translation>Goods received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods come back</source>
        <translation>Goods come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home currency</source>
        <translation>Home currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments allowed</source>
        <translation>Instalments allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop key</source>
        <translation>Shop key</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refund from</source>
        <translation>Large refund from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most instalments</source>
        <translation>At most instalments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer&apos;s account</source>
        <translation>Payer&apos;s account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival counted in</source>
        <translation>Arrival counted in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay within (days)</source>
        <translation>Pay within (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF font</source>
        <translation>PDF font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered at</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale</source>
        <translation>Pre-sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed amounts</source>
        <translation>Computed amounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected at</source>
        <translation>Rejected at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for rejecting</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay only after goods arrived</source>
        <translation>Pay only after goods arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee (basis points)</source>
        <translation>Restocking fee (basis points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deduction</source>
        <translation>Return shipping deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide within (hours)</source>
        <translation>Decide within (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second approval from</source>
        <translation>Second approval from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second approver</source>
        <translation>Second approver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped at</source>
        <translation>Shipped at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping fee</source>
        <translation>Shipping fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping refunded</source>
        <translation>Shipping refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature recorded by</source>
        <translation>Signature recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory rules</source>
        <translation>Statutory rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund windows (days)</source>
        <translation>Refund windows (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded</source>
        <translation>Already refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate date</source>
        <translation>Rate date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount share</source>
        <translation>Discount share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds the whole order</source>
        <translation>Refunds the whole order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before discounts</source>
        <translation>Before discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items amount</source>
        <translation>Items amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units on the line</source>
        <translation>Units on the line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee</source>
        <translation>Restocking fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping</source>
        <translation>Return shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back</source>
        <translation>Units back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value back</source>
        <translation>Value back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units out</source>
        <translation>Units out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value out</source>
        <translation>Value out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund number</source>
        <translation>Refund number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference settled</source>
        <translation>Difference settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit trail</source>
        <extracomment>What an event is about (``AuditEvent.entity``).</extracomment>
        <translation>audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily closing</source>
        <translation>daily closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange</source>
        <translation>exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop key</source>
        <translation>shop key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer notice</source>
        <translation>customer notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout</source>
        <translation>payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop</source>
        <translation>shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment statement</source>
        <translation>payment statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store credit</source>
        <translation>store credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail file</source>
        <translation>E-mail file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop</source>
        <translation>The shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business days</source>
        <translation>Business days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded</source>
        <extracomment>An exchange&apos;s statuses and how its difference is settled (``Settlement``).</extracomment>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop refunds the difference</source>
        <translation>The shop refunds the difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer paid the difference</source>
        <translation>The customer paid the difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same value, no money moves</source>
        <translation>Same value, no money moves</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accountant approves second</source>
        <extracomment>Review findings as the trail keeps them (their codes), in a few words each.</extracomment>
        <translation>accountant approves second</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid to another account</source>
        <translation>paid to another account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category excluded</source>
        <translation>category excluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final sale</source>
        <translation>final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still in transit</source>
        <translation>still in transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>large refund</source>
        <translation>large refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another open refund</source>
        <translation>another open refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order cancelled</source>
        <translation>order cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order not paid</source>
        <translation>order not paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the refund window</source>
        <translation>outside the refund window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-sale in production</source>
        <translation>pre-sale in production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role not allowed</source>
        <translation>role not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second approval needed</source>
        <translation>second approval needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second person needed</source>
        <translation>second person needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-approval with PIN</source>
        <translation>self-approval with PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipping not refunded</source>
        <translation>shipping not refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Yes</source>
        <extracomment>Fields holding minor units of the event&apos;s currency (or of each currency in a per-currency map).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no limit</source>
        <translation>no limit</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refund, order or user number</source>
        <translation>Refund, order or user number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check a code from a closing or a paper</source>
        <translation>Check a code from a closing or a paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The anchor code of a daily closing (A1234-…) or the code on a refund confirmation (RF…): shows whether the records were cut or rewritten since.</source>
        <translation>The anchor code of a daily closing (A1234-…) or the code on a refund confirmation (RF…): shows whether the records were cut or rewritten since.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail is for the owner and the accountant.</source>
        <translation>The audit trail is for the owner and the accountant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event {id}: {who} — {what} — {entity} {key} — {when}</source>
        <translation>Event {id}: {who} — {what} — {entity} {key} — {when}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The links of all {n} events hold, but the content of {m} of them could not be checked: this computer does not have the shop key (Settings, or merchant-refunds key import).</source>
        <translation>The links of all {n} events hold, but the content of {m} of them could not be checked: this computer does not have the shop key (Settings, or merchant-refunds key import).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail is intact: all {n} events check out.</source>
        <translation>The audit trail is intact: all {n} events check out.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its content was changed</source>
        <translation>its content was changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the part of the trail sealed with the shop key is missing</source>
        <translation>the part of the trail sealed with the shop key is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was sealed with another key than this shop&apos;s</source>
        <translation>it was sealed with another key than this shop&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event before it was changed or removed</source>
        <translation>an event before it was changed or removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail is broken at event {id} ({what}): {reason}. The {n} events before it are intact.</source>
        <translation>The audit trail is broken at event {id} ({what}): {reason}. The {n} events before it are intact.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/backup_actions.py" line="+31"/>
        <location line="+4"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Merchant Refunds database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Merchant Refunds database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the database with the backup %1? Work saved after the backup was made is not in it; the current database is kept in the backups folder.</source>
        <translation>Replace the database with the backup %1? Work saved after the backup was made is not in it; the current database is kept in the backups folder.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type your PIN to restore %1.</source>
        <translation>Type your PIN to restore %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
</context>
<context>
    <name>BatchPrintBar</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="+704"/>
        <source>Print selected…</source>
        <translation>Print selected…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save selected as PDF…</source>
        <translation>Save selected as PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln refund(s) selected</source>
        <translation>
            <numerusform>%Ln refund selected</numerusform>
            <numerusform>%Ln refunds selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/change_pin.py" line="+83"/>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+28"/>
        <source>Type your current PIN.</source>
        <translation>Type your current PIN.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your new PIN is saved.</source>
        <translation>Your new PIN is saved.</translation>
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
        <translation>Daily closing</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving or printing records the closing in the audit trail; keep the paper. Its anchor code shows later whether the records were cut or rewritten.</source>
        <translation>Saving or printing records the closing in the audit trail; keep the paper. Its anchor code shows later whether the records were cut or rewritten.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Adding up the day…</source>
        <translation>Adding up the day…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts sent</source>
        <translation>Payouts sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts failed</source>
        <translation>Payouts failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts received</source>
        <translation>Payouts received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total refunded (completed)</source>
        <translation>Total refunded (completed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid out (received)</source>
        <translation>Total paid out (received)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No refunds or payouts yet.</source>
        <translation>No refunds or payouts yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anchor code: %1</source>
        <translation>Anchor code: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paid late %1</source>
        <translation>paid late %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not paid yet</source>
        <translation>not paid yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · legal last day %2 · %3</source>
        <translation>%1 · legal last day %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Past the legal refund deadline (%n)</source>
        <translation>
            <numerusform>Past the legal refund deadline (%n)</numerusform>
            <numerusform>Past the legal refund deadline (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+77"/>
        <source>Daily closing %1</source>
        <translation>Daily closing %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Save the daily closing</source>
        <translation>Save the daily closing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recording and saving the closing…</source>
        <translation>Recording and saving the closing…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recording the closing…</source>
        <translation>Recording the closing…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer %1 is not available</source>
        <translation>The printer %1 is not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing is recorded; save it as PDF and print that file.</source>
        <translation>The closing is recorded; save it as PDF and print that file.</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/code_lookup.py" line="+37"/>
        <source>The refund number and verification code printed under the QR code, e.g. RF20261126-0001-ABCD2345. Press Enter to look it up.</source>
        <translation>The refund number and verification code printed under the QR code, e.g. RF20261126-0001-ABCD2345. Press Enter to look it up.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund not found</source>
        <translation>Refund not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no refund %1.</source>
        <translation>There is no refund %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the number on the paper; it may belong to another shop.</source>
        <translation>Check the number on the paper; it may belong to another shop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a refund code</source>
        <translation>Not a refund code</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Check this paper</source>
        <translation>Check this paper</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>This paper does not match the record</source>
        <translation>This paper does not match the record</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Code on the paper</source>
        <translation>Code on the paper</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>✓ Matches</source>
        <translation>✓ Matches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The paper matches the record</source>
        <translation>The paper matches the record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No code</source>
        <translation>No code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened by number; no code was given</source>
        <translation>Opened by number; no code was given</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ No match</source>
        <translation>✗ No match</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The records were changed after this paper was printed</source>
        <translation>The records were changed after this paper was printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Trail changed</source>
        <translation>✗ Trail changed</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You can still open refund %1 to compare it with the paper.</source>
        <translation>You can still open refund %1 to compare it with the paper.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open refund %1</source>
        <translation>Open refund %1</translation>
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
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm receipt</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>ConfirmationPreviewDialog</name>
    <message>
        <location line="+46"/>
        <location line="+41"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Customer signs…</source>
        <translation>Customer signs…</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/first_start.py" line="+41"/>
        <source>China (mainland)</source>
        <extracomment>Countries with a public-holiday calendar for business days; the shop&apos;s country picks one.</extracomment>
        <translation>China (mainland)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>South Korea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
</context>
<context>
    <name>CreditBalancesDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/credit_balances_dialog.py" line="+43"/>
        <source>Store-credit balances</source>
        <translation>Store-credit balances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every customer&apos;s store credit at the end of the day, rebuilt from the ledger: what the shop owes in credit (the journal&apos;s store-credit account).</source>
        <translation>Every customer&apos;s store credit at the end of the day, rebuilt from the ledger: what the shop owes in credit (the journal&apos;s store-credit account).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At the end of</source>
        <translation>At the end of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the balances</source>
        <translation>Save the balances</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Adding up the store-credit balances…</source>
        <translation>Adding up the store-credit balances…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1: %2 balances, owed in total %3</source>
        <translation>Saved %1: %2 balances, owed in total %3</translation>
    </message>
</context>
<context>
    <name>CreditMovementDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/store_credit_dialog.py" line="+165"/>
        <source>Pay out store credit in cash</source>
        <translation>Pay out store credit in cash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use store credit</source>
        <translation>Use store credit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available: %1</source>
        <translation>Available: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 25.00</source>
        <translation>e.g. 25.00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/database_choice.py" line="+44"/>
        <source>Database on this computer</source>
        <translation>Database on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default file, or a path, or postgresql://user@server/shop</source>
        <translation>Default file, or a path, or postgresql://user@server/shop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used from the next start. Several counters share one PostgreSQL server.</source>
        <translation>Used from the next start. Several counters share one PostgreSQL server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this database</source>
        <translation>Use this database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: restart Merchant Refunds to use it.</source>
        <translation>Saved: restart Merchant Refunds to use it.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/deadline_texts.py" line="+28"/>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met: paid in time</source>
        <translation>met: paid in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open: not paid yet, still in time</source>
        <translation>open: not paid yet, still in time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By the order&apos;s country</source>
        <translation>By the order&apos;s country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (7 days after the goods are back)</source>
        <translation>China (7 days after the goods are back)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU / UK (14 days after the notice)</source>
        <translation>EU / UK (14 days after the notice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (7 working days, card: one cycle)</source>
        <translation>US (7 working days, card: one cycle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeductionDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/goods_dialogs.py" line="+154"/>
        <source>Deduct for diminished value</source>
        <translation>Deduct for diminished value</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shown to the customer on the confirmation</source>
        <translation>Shown to the customer on the confirmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For handling beyond what was needed to try the goods (EU 2011/83 Art. 14(2); goods not 完好 under the 7-day rule). At most the policy&apos;s share of the unit&apos;s value; only before money is paid and the paper is signed.</source>
        <translation>For handling beyond what was needed to try the goods (EU 2011/83 Art. 14(2); goods not 完好 under the 7-day rule). At most the policy&apos;s share of the unit&apos;s value; only before money is paid and the paper is signed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/domain_texts.py" line="+7"/>
        <source>  Left out: {count} orders (below); the others are in.</source>
        <translation>  Left out: {count} orders (below); the others are in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Order discount ({kind}) {label}: {amount}</source>
        <translation>  Order discount ({kind}) {label}: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  marked arrived {arrived}, already matched {matched}, already received {received}, refunds completed {completed}</source>
        <translation>  marked arrived {arrived}, already matched {matched}, already received {received}, refunds completed {completed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  new {new}, unchanged {unchanged}, changed {changed}, linked {linked}, failing {failed}, conflicts {conflicts}</source>
        <translation>  new {new}, unchanged {unchanged}, changed {changed}, linked {linked}, failing {failed}, conflicts {conflicts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  statement refunds with no payout here {unmatched}, payouts missing from the statement {missing}</source>
        <translation>  statement refunds with no payout here {unmatched}, payouts missing from the statement {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  would arrive {arrived}, already matched {matched}, already received {received}, refunds completed {completed}</source>
        <translation>  would arrive {arrived}, already matched {matched}, already received {received}, refunds completed {completed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {label}: {amount}</source>
        <translation>  {label}: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (at {user}&apos;s counter)</source>
        <translation> (at {user}&apos;s counter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (by {user})</source>
        <translation> (by {user})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (cannot override)</source>
        <translation> (cannot override)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (override by {user}: {reason})</source>
        <translation> (override by {user}: {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (single-owner self-approval, PIN re-entered)</source>
        <translation> (single-owner self-approval, PIN re-entered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the owner may override)</source>
        <translation> (the owner may override)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> at {rate} {currency}→{payout_currency} on {day}</source>
        <translation> at {rate} {currency}→{payout_currency} on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(csv)</source>
        <translation>(csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: the shop&apos;s currency)</source>
        <translation>(default: the shop&apos;s currency)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from FILE)</source>
        <translation>(from FILE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(… and more: write the lists with --unmatched-out / --missing-out)</source>
        <translation>(… and more: write the lists with --unmatched-out / --missing-out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, account {account}</source>
        <translation>, account {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, ref {reference}</source>
        <translation>, ref {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--at is required</source>
        <translation>--at is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--bank-account, --bank-holder and --bank-name are for --destination bank_transfer</source>
        <translation>--bank-account, --bank-holder and --bank-name are for --destination bank_transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--bank-account, --bank-holder and --bank-name are for --method bank_transfer</source>
        <translation>--bank-account, --bank-holder and --bank-name are for --method bank_transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--category takes SKU=CATEGORY, not {value}</source>
        <translation>--category takes SKU=CATEGORY, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from and --to are required</source>
        <translation>--from and --to are required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--fx-date goes with --payout-currency and --fx-rate</source>
        <translation>--fx-date goes with --payout-currency and --fx-rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--instalments splits what is left; leave out --amount</source>
        <translation>--instalments splits what is left; leave out --amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit must be from 1 to 1000</source>
        <translation>--limit must be from 1 to 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--line takes SKU=QTY or #LINE=QTY, not {spec!r}</source>
        <translation>--line takes SKU=QTY or #LINE=QTY, not {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--out takes SKU=QTY@PRICE:NAME (TEA-09=1@300.00:Oolong), not {spec!r}</source>
        <translation>--out takes SKU=QTY@PRICE:NAME (TEA-09=1@300.00:Oolong), not {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--payout is a payout number: 1, 2, …</source>
        <translation>--payout is a payout number: 1, 2, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--postage-receipt and --postage-override go with --return-postage</source>
        <translation>--postage-receipt and --postage-override go with --return-postage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--reason or --template must say why; the customer will see it</source>
        <translation>--reason or --template must say why; the customer will see it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--unit takes SKU[/N]=CONDITION[:NOTE], not {spec!r}</source>
        <translation>--unit takes SKU[/N]=CONDITION[:NOTE], not {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--until is required</source>
        <translation>--until is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.csv or .xlsx</source>
        <translation>.csv or .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 {currency} = {rate} {home} on {day}</source>
        <translation>1 {currency} = {rate} {home} on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 7-day no-reason return takes the goods back: choose units, not an amount</source>
        <translation>A 7-day no-reason return takes the goods back: choose units, not an amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is 4 to 12 digits</source>
        <translation>A PIN is 4 to 12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is needed for {user}: set {env} or run in a terminal to be asked</source>
        <translation>A PIN is needed for {user}: set {env} or run in a terminal to be asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SKU rule needs a SKU or pattern</source>
        <translation>A SKU rule needs a SKU or pattern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank card or account number is 12 to 19 digits</source>
        <translation>A bank card or account number is 12 to 19 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank statement needs a column mapping (--mapping)</source>
        <translation>A bank statement needs a column mapping (--mapping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank transfer needs the account holder, the bank and the account number</source>
        <translation>A bank transfer needs the account holder, the bank and the account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk can cancel only their own refund requests that are not yet approved</source>
        <translation>A clerk can cancel only their own refund requests that are not yet approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A closing is written as .pdf, .csv or .xlsx, not {name}</source>
        <translation>A closing is written as .pdf, .csv or .xlsx, not {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deadline can be extended by at most {days} days from today</source>
        <translation>A deadline can be extended by at most {days} days from today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deadline set by law cannot be extended by the shop</source>
        <translation>A deadline set by law cannot be extended by the shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deduction for line {line} unit {unit} is already recorded</source>
        <translation>A deduction for line {line} unit {unit} is already recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deduction must be an amount above zero</source>
        <translation>A deduction must be an amount above zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee cannot be more than 100%</source>
        <translation>A fee cannot be more than 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new PIN is needed for {user}: set {env} or run in a terminal to be asked</source>
        <translation>A new PIN is needed for {user}: set {env} or run in a terminal to be asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice template has an unmatched {{ or }}</source>
        <translation>A notice template has an unmatched {{ or }}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice template is at most 2000 characters</source>
        <translation>A notice template is at most 2000 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number in the settings has more than {limit} characters</source>
        <translation>A number in the settings has more than {limit} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A receipt number is only for a difference the customer pays</source>
        <translation>A receipt number is only for a difference the customer pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery key has 56 letters and digits in 14 groups of four; this one has {n}</source>
        <translation>A recovery key has 56 letters and digits in 14 groups of four; this one has {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund by amount is for one line (--line) or the whole order</source>
        <translation>A refund by amount is for one line (--line) or the whole order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund by amount takes no units and no shipping: refund those separately</source>
        <translation>A refund by amount takes no units and no shipping: refund those separately</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rejection reason is in zh or en, not {lang}</source>
        <translation>A rejection reason is in zh or en, not {lang}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A store-credit amount must be above zero</source>
        <translation>A store-credit amount must be above zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name is 1 to 64 characters without spaces</source>
        <translation>A user name is 1 to 64 characters without spaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {role} cannot {action}</source>
        <translation>A {role} cannot {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {name} as {role}.</source>
        <translation>Added {name} as {role}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded by amount</source>
        <translation>Already refunded by amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account code is 1 to 20 digits: {value}</source>
        <translation>An account code is 1 to 20 digits: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exchange rate has at most {digits} significant digits: {value}</source>
        <translation>An exchange rate has at most {digits} significant digits: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open refund already covers units of {name} ({sku})</source>
        <translation>An open refund already covers units of {name} ({sku})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order discount cannot be negative</source>
        <translation>An order discount cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor code: {code}</source>
        <translation>Anchor code: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchor code: {code}  (event {event}, {state})</source>
        <translation>Anchor code: {code}  (event {event}, {state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another counter is saving right now ({holder}); please try again</source>
        <translation>Another counter is saving right now ({holder}); please try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another counter is saving right now; please try again</source>
        <translation>Another counter is saving right now; please try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval still waits for a supplier who agrees.</source>
        <translation>Approval still waits for a supplier who agrees.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival days for {name} must be whole numbers from 0 to {max}</source>
        <translation>Arrival days for {name} must be whole numbers from 0 to {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {cap} of return postage is paid back (the policy&apos;s maximum)</source>
        <translation>At most {cap} of return postage is paid back (the policy&apos;s maximum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} rejection reasons can be kept</source>
        <translation>At most {limit} rejection reasons can be kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {max} SKU rules; use patterns</source>
        <translation>At most {max} SKU rules; use patterns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {n} instalments; pay the rest now</source>
        <translation>At most {n} instalments; pay the rest now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At or above {threshold}: a second person, not the requester, must approve</source>
        <translation>At or above {threshold}: a second person, not the requester, must approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to {refund_no} ({stage}):</source>
        <translation>Attached to {refund_no} ({stage}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail intact: {checked} events checked (not keyed yet: it is keyed at the next change).</source>
        <translation>Audit trail intact: {checked} events checked (not keyed yet: it is keyed at the next change).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail intact: {checked} events checked, keyed with the shop key from event {first} on.</source>
        <translation>Audit trail intact: {checked} events checked, keyed with the shop key from event {first} on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backs the rejection</source>
        <translation>Backs the rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance     none (no store credit yet)</source>
        <translation>Balance     none (no store credit yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance     {amount}</source>
        <translation>Balance     {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by the refund policy: {reasons}</source>
        <translation>Blocked by the refund policy: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked: a request needs the owner&apos;s --override REASON (where allowed).</source>
        <translation>Blocked: a request needs the owner&apos;s --override REASON (where allowed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked: recording it needs the owner&apos;s --override REASON (where allowed).</source>
        <translation>Blocked: recording it needs the owner&apos;s --override REASON (where allowed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By amount</source>
        <translation>By amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By amount: {kind} on {where}; no units taken</source>
        <translation>By amount: {kind} on {where}; no units taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter (,)</source>
        <translation>CSV delimiter (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot combine {a} with {b}</source>
        <translation>Cannot combine {a} with {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot copy {path}: {error}</source>
        <translation>Cannot copy {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Cannot create the folder {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {path}: {error}</source>
        <translation>Cannot open {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open {url}: {error}</source>
        <translation>Cannot open {url}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the column mapping {path}: {error}</source>
        <translation>Cannot read the column mapping {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the shop key {path}: {error}</source>
        <translation>Cannot read the shop key {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore into {path}: {error}</source>
        <translation>Cannot restore into {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save the shop key in {path}: {error}</source>
        <translation>Cannot save the shop key in {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot watch the database for other counters&apos; changes: {error}</source>
        <translation>Cannot watch the database for other counters&apos; changes: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed mind (7-day no-reason return)</source>
        <translation>Changed mind (7-day no-reason return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {sections}</source>
        <translation>Changed: {sections}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup, not the database itself</source>
        <translation>Choose a backup, not the database itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one file to attach</source>
        <translation>Choose at least one file to attach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one unit given out; without any this is a refund</source>
        <translation>Choose at least one unit given out; without any this is a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one unit the customer returns</source>
        <translation>Choose at least one unit the customer returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one unit, the shipping, or everything left</source>
        <translation>Choose at least one unit, the shipping, or everything left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation (goods kept)</source>
        <translation>Compensation (goods kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {source} to {target}: {rows} rows, audit trail intact.</source>
        <translation>Copied {source} to {target}: {rows} rows, audit trail intact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the mail server: {error}</source>
        <translation>Could not reach the mail server: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>Cross-border fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer    {customer}</source>
        <translation>Customer    {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily closing 日结单 {day}</source>
        <translation>Daily closing 日结单 {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>Damaged in transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database URLs ({url}) are not supported; use a file path or postgresql://…</source>
        <translation>Database URLs ({url}) are not supported; use a file path or postgresql://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database problem: {error}</source>
        <translation>Database problem: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the instalment in the agreed plan</source>
        <translation>Date of the instalment in the agreed plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates can be by request, approval, payout or receipt, not {value}</source>
        <translation>Dates can be by request, approval, payout or receipt, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction for diminished value</source>
        <translation>Deduction for diminished value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data written to {path}</source>
        <translation>Demo data written to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest sent: {late} late, {due_soon} due soon</source>
        <translation>Digest sent: {late} late, {due_soon} due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount share</source>
        <translation>Discount share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin shop</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate payment</source>
        <translation>Duplicate payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each unit given out needs a SKU of at most 64 characters</source>
        <translation>Each unit given out needs a SKU of at most 64 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the receipt number of the sale</source>
        <translation>Enter the receipt number of the sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event {event_id} in the audit trail is not the one the code was copied from: the trail was rewritten (or the code was mistyped)</source>
        <translation>Event {event_id} in the audit trail is not the one the code was copied from: the trail was rewritten (or the code was mistyped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event {event_id} is no longer in the audit trail: the trail was cut after the code was copied</source>
        <translation>Event {event_id} is no longer in the audit trail: the trail was cut after the code was copied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange quote for order {order_no} ({currency}), reason {reason}</source>
        <translation>Exchange quote for order {order_no} ({currency}), reason {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} has no record in the audit trail</source>
        <translation>Exchange {exchange_no} has no record in the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} is already cancelled</source>
        <translation>Exchange {exchange_no} is already cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} takes back {count} units of line {line}, not unit {unit}</source>
        <translation>Exchange {exchange_no} takes back {count} units of line {line}, not unit {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange {exchange_no} · order {order_no} · {status} · reason {reason}</source>
        <translation>Exchange {exchange_no} · order {order_no} · {status} · reason {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected arrival of the payout</source>
        <translation>Expected arrival of the payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended by the owner</source>
        <translation>Extended by the owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE holds only this section&apos;s object</source>
        <translation>FILE holds only this section&apos;s object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback is recorded after the refund is paid; {refund_no} is {status}</source>
        <translation>Feedback is recorded after the refund is paid; {refund_no} is {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback on {refund_no}: {stars} ({rating}/5), recorded by {user} {at}</source>
        <translation>Feedback on {refund_no}: {stars} ({rating}/5), recorded by {user} {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filling {path} with demo data…</source>
        <translation>Filling {path} with demo data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings: none</source>
        <translation>Findings: none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {name} the earliest arrival is after the latest</source>
        <translation>For {name} the earliest arrival is after the latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh and perishable goods</source>
        <translation>Fresh and perishable goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give REFUND_NO and -o FILE.pdf, or --verify CODE (see: --help)</source>
        <translation>Give REFUND_NO and -o FILE.pdf, or --verify CODE (see: --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give both --shop NAME and --owner NAME</source>
        <translation>Give both --shop NAME and --owner NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one order file, or a Taobao order list and its line list ({count} given)</source>
        <translation>Give one order file, or a Taobao order list and its line list ({count} given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the rating too: --rating 1 to 5</source>
        <translation>Give the rating too: --rating 1 to 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the receipt or tracking number of the return postage</source>
        <translation>Give the receipt or tracking number of the return postage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods inspection</source>
        <translation>Goods inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home goods</source>
        <translation>Home goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household appliances</source>
        <translation>Household appliances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file} ({format}, {encoding}, {rows} rows)</source>
        <translation>Imported {file} ({format}, {encoding}, {rows} rows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments are 1 to 366 days apart</source>
        <translation>Instalments are 1 to 366 days apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments means 2 or more payouts</source>
        <translation>Instalments means 2 or more payouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid policy value: {value}</source>
        <translation>Invalid policy value: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD.com</source>
        <translation>JD.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovery key on paper now: {command}</source>
        <translation>Keep the recovery key on paper now: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id {key_id}, shop {shop_id}.</source>
        <translation>Key id {key_id}, shop {shop_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEGAL DEADLINE</source>
        <translation>LEGAL DEADLINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refund (at or above {threshold}): the customer must sign the confirmation before payment; instalments are allowed</source>
        <translation>Large refund (at or above {threshold}): the customer must sign the confirmation before payment; instalments are allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (China, Consumer Rights Protection Law Art. 25): refund within 7 days of receiving the returned goods</source>
        <translation>Law (China, Consumer Rights Protection Law Art. 25): refund within 7 days of receiving the returned goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (EU Directive 2011/83 Art. 13, UK): refund within 14 days of the withdrawal notice</source>
        <translation>Law (EU Directive 2011/83 Art. 13, UK): refund within 14 days of the withdrawal notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (US, 16 CFR 435): credit the card within one billing cycle</source>
        <translation>Law (US, 16 CFR 435): credit the card within one billing cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law (US, 16 CFR 435): refund within 7 working days</source>
        <translation>Law (US, 16 CFR 435): refund within 7 working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal deadline of {refund_no} now due by {day}</source>
        <translation>Legal deadline of {refund_no} now due by {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal limit</source>
        <translation>Legal limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line number {line} appears twice</source>
        <translation>Line number {line} appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}) is given twice</source>
        <translation>Line {line} ({sku}) is given twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}) unit {unit}: at most {cap} may be deducted (unit value {value})</source>
        <translation>Line {line} ({sku}) unit {unit}: at most {cap} may be deducted (unit value {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the discount must be between 0 and the line amount</source>
        <translation>Line {line} ({sku}): the discount must be between 0 and the line amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the quantity must be a whole number</source>
        <translation>Line {line} ({sku}): the quantity must be a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the quantity must be at least 1</source>
        <translation>Line {line} ({sku}): the quantity must be at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the tax rate must be from 0 to 1</source>
        <translation>Line {line} ({sku}): the tax rate must be from 0 to 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): the unit price cannot be negative</source>
        <translation>Line {line} ({sku}): the unit price cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): {amount} asked, only {left} left to refund</source>
        <translation>Line {line} ({sku}): {amount} asked, only {left} left to refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} ({sku}): {wanted} units asked, only {left} left to refund</source>
        <translation>Line {line} ({sku}): {wanted} units asked, only {left} left to refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} has no SKU</source>
        <translation>Line {line} has no SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} has {count} returned units on {refund_no}, not unit {unit}</source>
        <translation>Line {line} has {count} returned units on {refund_no}, not unit {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} unit {unit} of {refund_no} has not been received and inspected</source>
        <translation>Line {line} unit {unit} of {refund_no} has not been received and inspected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {name!r}: the discount is more than the line amount</source>
        <translation>Line {name!r}: the discount is more than the line amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSED</source>
        <translation>MISSED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made to order</source>
        <translation>Made to order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant Refunds 商户退款: money-exact, audited refunds for a small shop.</source>
        <translation>Merchant Refunds 商户退款: money-exact, audited refunds for a small shop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money has already been paid on {refund_no}: no deduction can be made now</source>
        <translation>Money has already been paid on {refund_no}: no deduction can be made now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money has already been sent for {refund_no}</source>
        <translation>Money has already been sent for {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name one unit as SKU/N or #LINE/N, not {spec!r}</source>
        <translation>Name one unit as SKU/N or #LINE/N, not {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the customer: phone, e-mail or name</source>
        <translation>Name the customer: phone, e-mail or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN for {user}: </source>
        <translation>New PIN for {user}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN set for {name}.</source>
        <translation>New PIN set for {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest event: {event}</source>
        <translation>Newest event: {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newspapers and magazines</source>
        <translation>Newspapers and magazines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No PIN given for {user}</source>
        <translation>No PIN given for {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active user called {name}</source>
        <translation>No active user called {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attached file {id}</source>
        <translation>No attached file {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup file at {path}</source>
        <translation>No backup file at {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No business days found in the calendar</source>
        <translation>No business days found in the calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database at {path}: run `merchant-refunds init` to set one up there</source>
        <translation>No database at {path}: run `merchant-refunds init` to set one up there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database file at {path}</source>
        <translation>No database file at {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchange rate of {currency} to {home} for {day} or the 7 days before: enter one (Reports → Exchange rates, or merchant-refunds rates set)</source>
        <translation>No exchange rate of {currency} to {home} for {day} or the 7 days before: enter one (Reports → Exchange rates, or merchant-refunds rates set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchange rates entered.</source>
        <translation>No exchange rates entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchange {exchange_no}</source>
        <translation>No exchange {exchange_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback recorded for {refund_no}.</source>
        <translation>No feedback recorded for {refund_no}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files on {refund_no}</source>
        <translation>No files on {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up: copy the notice or save it as an .eml file</source>
        <translation>No mail server is set up: copy the notice or save it as an .eml file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notice {id}</source>
        <translation>No notice {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order {order_no}</source>
        <translation>No order {order_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders match {text!r}.</source>
        <translation>No orders match {text!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No public-holiday calendar for country {country}</source>
        <translation>No public-holiday calendar for country {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refund has reached a legal refund deadline yet.</source>
        <translation>No refund has reached a legal refund deadline yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refund {refund_no}</source>
        <translation>No refund {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refunds or payouts yet.</source>
        <translation>No refunds or payouts yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rejection reason {key}; the reasons are: {keys}</source>
        <translation>No rejection reason {key}; the reasons are: {keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No returned goods recorded.</source>
        <translation>No returned goods recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature record {id}</source>
        <translation>No signature record {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file: {path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such folder: {path}</source>
        <translation>No such folder: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No supplier answer recorded for {refund_no}.</source>
        <translation>No supplier answer recorded for {refund_no}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user called {name}</source>
        <translation>No user called {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody could approve a large refund that an owner requested: the shop has {owners} active owner(s) and {accountants} active accountant(s) for this rule</source>
        <translation>Nobody could approve a large refund that an owner requested: the shop has {owners} active owner(s) and {accountants} active accountant(s) for this rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date (YYYY-MM-DD) for {what}: {value}</source>
        <translation>Not a date (YYYY-MM-DD) for {what}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>Not a date (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a refund code: {text} (expected RF…-XXXXXXXX)</source>
        <translation>Not a refund code: {text} (expected RF…-XXXXXXXX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount: {text}</source>
        <translation>Not an amount: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an anchor code: {text} (expected A&lt;number&gt;-XXXX-XXXX-XXXX-XXXX)</source>
        <translation>Not an anchor code: {text} (expected A&lt;number&gt;-XXXX-XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an exchange rate: {rate}</source>
        <translation>Not an exchange rate: {rate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON (line {line}, column {col}): {msg}</source>
        <translation>Not valid JSON (line {line}, column {col}): {msg}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON: the order is empty</source>
        <translation>Not valid JSON: the order is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON: the text is not UTF-8 (byte {position}); save it as UTF-8</source>
        <translation>Not valid JSON: the text is not UTF-8 (byte {position}); save it as UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON: {name} is not a number; write amounts as text such as &quot;128.00&quot;</source>
        <translation>Not valid JSON: {name} is not a number; write amounts as text such as &quot;128.00&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: a number in the JSON has more than {limit} characters</source>
        <translation>Not valid for an order: a number in the JSON has more than {limit} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: the JSON is larger than {limit} bytes</source>
        <translation>Not valid for an order: the JSON is larger than {limit} bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: the JSON is nested more than {limit} levels deep</source>
        <translation>Not valid for an order: the JSON is nested more than {limit} levels deep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid for an order: the field {key} is given twice</source>
        <translation>Not valid for an order: the field {key} is given twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left to refund on order {order_no}</source>
        <translation>Nothing is left to refund on order {order_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing late or due soon: no digest sent</source>
        <translation>Nothing late or due soon: no digest sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the settings given are the ones stored</source>
        <translation>Nothing to change: the settings given are the ones stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to follow up.</source>
        <translation>Nothing to follow up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices are in zh or en, not {lang}</source>
        <translation>Notices are in zh or en, not {lang}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On another counter or a new computer: merchant-refunds key import</source>
        <translation>On another counter or a new computer: merchant-refunds key import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only large refunds can be paid in instalments</source>
        <translation>Only large refunds can be paid in instalments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the owner can override a block</source>
        <translation>Only the owner can override a block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the shop owner can add users</source>
        <translation>Only the shop owner can add users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the shop owner can change the shop profile</source>
        <translation>Only the shop owner can change the shop profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {left} is left to pay on {refund_no}</source>
        <translation>Only {left} is left to pay on {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {types} files can be attached; this file is not one of them</source>
        <translation>Only {types} files can be attached; this file is not one of them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} already exists</source>
        <translation>Order {order_no} already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} already has refunds here; the file changes what was paid or refunded, so it is not overwritten</source>
        <translation>Order {order_no} already has refunds here; the file changes what was paid or refunded, so it is not overwritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} appears again, apart from its earlier rows</source>
        <translation>Order {order_no} appears again, apart from its earlier rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has more than one row in the order list {orders}</source>
        <translation>Order {order_no} has more than one row in the order list {orders}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no SKU {sku} (its SKUs: {skus})</source>
        <translation>Order {order_no} has no SKU {sku} (its SKUs: {skus})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no line with SKU {sku}</source>
        <translation>Order {order_no} has no line with SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no line {line}</source>
        <translation>Order {order_no} has no line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has no lines</source>
        <translation>Order {order_no} has no lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} has not been paid; there is nothing to refund</source>
        <translation>Order {order_no} has not been paid; there is nothing to refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is cancelled</source>
        <translation>Order {order_no} is cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is in the line list {lines} but not in the order list {orders}</source>
        <translation>Order {order_no} is in the line list {lines} but not in the order list {orders}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is in the order list {orders} but has no rows in the line list {lines}</source>
        <translation>Order {order_no} is in the order list {orders} but has no rows in the line list {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} is {status}; it cannot have been delivered</source>
        <translation>Order {order_no} is {status}; it cannot have been delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order_no} · {status} · {currency}</source>
        <translation>Order {order_no} · {status} · {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the {days}-day refund window for this reason: delivered on {delivered}, last day was {deadline}</source>
        <translation>Outside the {days}-day refund window for this reason: delivered on {delivered}, last day was {deadline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in another currency</source>
        <translation>Paid in another currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in {currency}</source>
        <translation>Paid in {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid so far</source>
        <translation>Paid so far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paying in another currency needs both --payout-currency and --fx-rate</source>
        <translation>Paying in another currency needs both --payout-currency and --fx-rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of {refund_no} now due by {day}</source>
        <translation>Payment of {refund_no} now due by {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} has already been paid again</source>
        <translation>Payout {seq} of {refund_no} has already been paid again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} has not failed</source>
        <translation>Payout {seq} of {refund_no} has not failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} is {status}, not scheduled</source>
        <translation>Payout {seq} of {refund_no} is {status}, not scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout {seq} of {refund_no} is {status}: only a sent payout can fail</source>
        <translation>Payout {seq} of {refund_no} is {status}: only a sent payout can fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts changed while the statement was being matched; please run it again</source>
        <translation>Payouts changed while the statement was being matched; please run it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts the statement does not show:</source>
        <translation>Payouts the statement does not show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform discount</source>
        <translation>Platform discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter an amount</source>
        <translation>Please enter an amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the account&apos;s name</source>
        <translation>Please enter the account&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the reason for overriding the block</source>
        <translation>Please give the reason for overriding the block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the reason for rejecting; the customer will see it</source>
        <translation>Please give the reason for rejecting; the customer will see it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the reason for the deduction</source>
        <translation>Please give the reason for the deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please say why</source>
        <translation>Please say why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please say why the payout failed</source>
        <translation>Please say why the payout failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy setting {name} cannot be more than {most}</source>
        <translation>Policy setting {name} cannot be more than {most}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy setting {name} must be a whole number &gt;= 0</source>
        <translation>Policy setting {name} must be a whole number &gt;= 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy setting {name} must be at least 1</source>
        <translation>Policy setting {name} must be at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL needs the psycopg2 package; install psycopg2-binary</source>
        <translation>PostgreSQL needs the psycopg2 package; install psycopg2-binary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale</source>
        <translation>Pre-sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale order already in production: the supplier must confirm before the refund can be approved</source>
        <translation>Pre-sale order already in production: the supplier must confirm before the refund can be approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, in production</source>
        <translation>Pre-sale, in production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, not started</source>
        <translation>Pre-sale, not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale: waiting for the supplier&apos;s answer</source>
        <translation>Pre-sale: waiting for the supplier&apos;s answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of {file} ({format}, {encoding}, {rows} rows)</source>
        <translation>Preview of {file} ({format}, {encoding}, {rows} rows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>Price adjustment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price difference</source>
        <translation>Price difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it, keep the paper away from the computer, then delete the file.</source>
        <translation>Print it, keep the paper away from the computer, then delete the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality problem</source>
        <translation>Quality problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciled {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds</source>
        <translation>Reconciled {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded for {refund_no}: {supplier} answered {answer} (asked {day}).</source>
        <translation>Recorded for {refund_no}: {supplier} answered {answer} (asked {day}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key of this shop (keep it on paper, away from the computer):</source>
        <translation>Recovery key of this shop (keep it on paper, away from the computer):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund by amount</source>
        <translation>Refund by amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund quote for order {order_no} ({currency}), reason {reason}</source>
        <translation>Refund quote for order {order_no} ({currency}), reason {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to original payment</source>
        <translation>Refund to original payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund total</source>
        <translation>Refund total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} already has scheduled instalments</source>
        <translation>Refund {refund_no} already has scheduled instalments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} can hold at most {limit} files; it has {held}</source>
        <translation>Refund {refund_no} can hold at most {limit} files; it has {held}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} does not agree with its audit trail ({detail}); no money can move until the owner has checked the database (merchant-refunds check)</source>
        <translation>Refund {refund_no} does not agree with its audit trail ({detail}); no money can move until the owner has checked the database (merchant-refunds check)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} does not need a self-approval: approve it as usual</source>
        <translation>Refund {refund_no} does not need a self-approval: approve it as usual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} does not wait for a supplier</source>
        <translation>Refund {refund_no} does not wait for a supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} found, but no verification code was given</source>
        <translation>Refund {refund_no} found, but no verification code was given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no deadline of the shop&apos;s own to extend</source>
        <translation>Refund {refund_no} has no deadline of the shop&apos;s own to extend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no goods to return</source>
        <translation>Refund {refund_no} has no goods to return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no payout waiting for confirmation</source>
        <translation>Refund {refund_no} has no payout waiting for confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no payout {seq}</source>
        <translation>Refund {refund_no} has no payout {seq}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has no request in the audit trail</source>
        <translation>Refund {refund_no} has no request in the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} has scheduled instalments: send payout {seq} instead</source>
        <translation>Refund {refund_no} has scheduled instalments: send payout {seq} instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is already decided</source>
        <translation>Refund {refund_no} is already decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is already signed</source>
        <translation>Refund {refund_no} is already signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is cancelled: no file can be attached</source>
        <translation>Refund {refund_no} is cancelled: no file can be attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is for a pre-sale order in production: record the supplier&apos;s agreement before approving it</source>
        <translation>Refund {refund_no} is for a pre-sale order in production: record the supplier&apos;s agreement before approving it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is not rejected: evidence of a rejection goes with the rejection</source>
        <translation>Refund {refund_no} is not rejected: evidence of a rejection goes with the rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is {status}: cannot sign it</source>
        <translation>Refund {refund_no} is {status}: cannot sign it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is {status}: cannot {action} it</source>
        <translation>Refund {refund_no} is {status}: cannot {action} it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} is {status}: no signature can be attached</source>
        <translation>Refund {refund_no} is {status}: no signature can be attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} needs the customer&apos;s signed confirmation before any money is paid</source>
        <translation>Refund {refund_no} needs the customer&apos;s signed confirmation before any money is paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} of the difference still counts: cancel or reject it first</source>
        <translation>Refund {refund_no} of the difference still counts: cancel or reject it first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} takes back no unit of line {line}</source>
        <translation>Refund {refund_no} takes back no unit of line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {refund_no} · order {order_no} · {status}</source>
        <translation>Refund {refund_no} · order {order_no} · {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund/receipt</source>
        <translation>Refund/receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refundable</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to {path}</source>
        <translation>Report written to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resaleable</source>
        <translation>Resaleable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee</source>
        <translation>Restocking fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {db_path} from {source}.</source>
        <translation>Restored {db_path} from {source}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage   {amount} paid back, receipt {receipt}</source>
        <translation>Return postage   {amount} paid back, receipt {receipt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage is paid back only when the goods come back</source>
        <translation>Return postage is paid back only when the goods come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage is paid back only when the shop is at fault (reason {reason}); an owner may override with a reason</source>
        <translation>Return postage is paid back only when the shop is at fault (reason {reason}); an owner may override with a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage paid back</source>
        <translation>Return postage paid back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping</source>
        <translation>Return shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deduction</source>
        <translation>Return shipping deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods</source>
        <translation>Returned goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to stock</source>
        <translation>Returned to stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review of {refund_no} now due by {day}</source>
        <translation>Review of {refund_no} now due by {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku} is on lines {lines} of order {order_no}: name the line instead, e.g. --line &apos;#{first}&apos;</source>
        <translation>SKU {sku} is on lines {lines} of order {order_no}: name the line instead, e.g. --line &apos;#{first}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku} is on lines {lines} of order {order_no}: name the line instead, e.g. --line &apos;#{first}={qty}&apos;</source>
        <translation>SKU {sku} is on lines {lines} of order {order_no}: name the line instead, e.g. --line &apos;#{first}={qty}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the supplier answered: --answer agreed, refused or pending</source>
        <translation>Say what the supplier answered: --answer agreed, refused or pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to refund: --line SKU=QTY (repeatable), --all, or --shipping</source>
        <translation>Say what to refund: --line SKU=QTY (repeatable), --all, or --shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to set: --delivered, --category, --final-sale or --not-final-sale</source>
        <translation>Say what to set: --delivered, --category, --final-sale or --not-final-sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who at the supplier was asked (up to 200 characters)</source>
        <translation>Say who at the supplier was asked (up to 200 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who is acting: --user NAME (or set {env})</source>
        <translation>Say who is acting: --user NAME (or set {env})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the deadline is extended</source>
        <translation>Say why the deadline is extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security is starttls, ssl or none</source>
        <translation>Security is starttls, ssl or none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a new database at {path} (schema {schema}).</source>
        <translation>Set up a new database at {path} (schema {schema}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up {shop} at {where}: {owner} is its owner.</source>
        <translation>Set up {shop} at {where}: {owner} is its owner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping is not refundable for this reason under the shop&apos;s policy</source>
        <translation>Shipping is not refundable for this reason under the shop&apos;s policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping is not refunded for this refund under the policy ({rule})</source>
        <translation>Shipping is not refunded for this refund under the policy ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop counter</source>
        <translation>Shop counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop discount</source>
        <translation>Shop discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop&apos;s limit: decide within {hours} hours of the request</source>
        <translation>Shop&apos;s limit: decide within {hours} hours of the request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop&apos;s limit: pay within {days} business days of approval or the goods&apos; return</source>
        <translation>Shop&apos;s limit: pay within {days} business days of approval or the goods&apos; return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop&apos;s limit: pay within {days} days of approval or the goods&apos; return</source>
        <translation>Shop&apos;s limit: pay within {days} days of approval or the goods&apos; return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature record {id} no longer matches its SHA-256</source>
        <translation>Signature record {id} no longer matches its SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-owner self-approval: {name} approved his own request after re-entering his PIN</source>
        <translation>Single-owner self-approval: {name} approved his own request after re-entering his PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-owner self-approvals (PIN re-entered):</source>
        <translation>Single-owner self-approvals (PIN re-entered):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend-threshold discount</source>
        <translation>Spend-threshold discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the program on it to create the owner&apos;s account, or run: merchant-refunds init --shop NAME --owner NAME</source>
        <translation>Start the program on it to create the owner&apos;s account, or run: merchant-refunds init --shop NAME --owner NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement refunds with no payout here:</source>
        <translation>Statement refunds with no payout here:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stationery</source>
        <translation>Stationery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit is in the customer&apos;s balance at once; it cannot fail</source>
        <translation>Store credit is in the customer&apos;s balance at once; it cannot fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit of {customer} now {amount}</source>
        <translation>Store credit of {customer} now {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableware</source>
        <translation>Tableware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax is charged on lines that cost nothing</source>
        <translation>Tax is charged on lines that cost nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea</source>
        <translation>Tea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IBAN {account} is not valid</source>
        <translation>The IBAN {account} is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file is incomplete or damaged</source>
        <translation>The PDF file is incomplete or damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN of {name} is shorter than this shop&apos;s minimum of {min} digits: choose a new one when signing in to the program, or ask the owner to reset it</source>
        <translation>The PIN of {name} is shorter than this shop&apos;s minimum of {min} digits: choose a new one when signing in to the program, or ask the owner to reset it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accountant approves only refunds at or above the second-approval threshold</source>
        <translation>The accountant approves only refunds at or above the second-approval threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount cannot be negative: {text}</source>
        <translation>The amount cannot be negative: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is too large: {text}</source>
        <translation>The amount is too large: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount to refund must be more than zero</source>
        <translation>The amount to refund must be more than zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attached file {name} is damaged: it no longer matches its SHA-256</source>
        <translation>The attached file {name} is damaged: it no longer matches its SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail in the backup {path} cannot be checked: this computer does not have its shop key (merchant-refunds key import); it is not restored</source>
        <translation>The audit trail in the backup {path} cannot be checked: this computer does not have its shop key (merchant-refunds key import); it is not restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail in the backup {path} is broken at event {event} ({problem}); it is not restored</source>
        <translation>The audit trail in the backup {path} is broken at event {event} ({problem}); it is not restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is broken at event {event}: {problem} ({checked} events before it are intact)</source>
        <translation>The audit trail is broken at event {event}: {problem} ({checked} events before it are intact)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is empty.</source>
        <translation>The audit trail is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is empty: no anchor code.</source>
        <translation>The audit trail is empty: no anchor code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is keyed (key {key_id}), but this computer does not have the key: enter it from the recovery sheet with `merchant-refunds key import`.</source>
        <translation>The audit trail is keyed (key {key_id}), but this computer does not have the key: enter it from the recovery sheet with `merchant-refunds key import`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is keyed (key {key_id}); this computer has the key.</source>
        <translation>The audit trail is keyed (key {key_id}); this computer has the key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is not keyed yet; it gets its key at the next change.</source>
        <translation>The audit trail is not keyed yet; it gets its key at the next change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail on the server is broken at event {event}</source>
        <translation>The audit trail on the server is broken at event {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail up to event {event_id} is broken at event {broken_event_id}: {problem}</source>
        <translation>The audit trail up to event {event_id} is broken at event {broken_event_id}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {path} is damaged ({problem}); choose another one</source>
        <translation>The backup {path} is damaged ({problem}); choose another one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {path} was made by a newer version (schema {found}); please update Merchant Refunds first</source>
        <translation>The backup {path} was made by a newer version (schema {found}); please update Merchant Refunds first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card number {account} fails its check digit</source>
        <translation>The card number {account} fails its check digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing of {day} (event {event_id}) recorded the trail&apos;s head at event {head_id}, which is no longer in the trail: the trail was cut</source>
        <translation>The closing of {day} (event {event_id}) recorded the trail&apos;s head at event {head_id}, which is no longer in the trail: the trail was cut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing of {day} (event {event_id}) recorded the trail&apos;s head at event {head_id}, which now has another hash: the trail was rewritten</source>
        <translation>The closing of {day} (event {event_id}) recorded the trail&apos;s head at event {head_id}, which now has another hash: the trail was rewritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing of {day} (event {event_id}) recorded {recorded_count} {item} totalling {recorded} {currency}; the records now show {count} totalling {now} {currency}: refunds or payouts were deleted</source>
        <translation>The closing of {day} (event {event_id}) recorded {recorded_count} {item} totalling {recorded} {currency}; the records now show {count} totalling {now} {currency}: refunds or payouts were deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing record (event {event_id}) cannot be read: {error}</source>
        <translation>The closing record (event {event_id}) cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code holds: event {event_id} is in the audit trail as recorded, and the trail up to it is intact ({checked} events checked)</source>
        <translation>The code holds: event {event_id} is in the audit trail as recorded, and the trail up to it is intact ({checked} events checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code matches refund {refund_no}, but the audit trail was cut or changed before this paper was printed (at event {event_id}): the records may have been altered since, or the code was mistyped</source>
        <translation>The code matches refund {refund_no}, but the audit trail was cut or changed before this paper was printed (at event {event_id}): the records may have been altered since, or the code was mistyped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column mapping is not valid JSON: {error}</source>
        <translation>The column mapping is not valid JSON: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column mapping may name only {fields}</source>
        <translation>The column mapping may name only {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column mapping needs &quot;date&quot; and either &quot;amount&quot; or &quot;debit&quot;</source>
        <translation>The column mapping needs &quot;date&quot; and either &quot;amount&quot; or &quot;debit&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is longer than 2000 characters</source>
        <translation>The comment is longer than 2000 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The confirmation PDF is not valid</source>
        <translation>The confirmation PDF is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of {path} failed its check ({problem}); the database itself may be damaged</source>
        <translation>The copy of {path} failed its check ({problem}); the database itself may be damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy on the server differs from the file ({detail}); do not use it</source>
        <translation>The copy on the server differs from the file ({detail}); do not use it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has already signed the confirmation of {refund_no}: a deduction would change the signed amount</source>
        <translation>The customer has already signed the confirmation of {refund_no}: a deduction would change the signed amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has only {balance} of store credit</source>
        <translation>The customer has only {balance} of store credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer pays {amount}: please give the receipt number of that payment</source>
        <translation>The customer pays {amount}: please give the receipt number of that payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s name is missing</source>
        <translation>The customer&apos;s name is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL gives {option} twice</source>
        <translation>The database URL gives {option} twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL has an option this program does not know: {option} (known: {known})</source>
        <translation>The database URL has an option this program does not know: {option} (known: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL {url} has an invalid port</source>
        <translation>The database URL {url} has an invalid port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL {url} names no database</source>
        <translation>The database URL {url} names no database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL&apos;s {option} must be a whole number, not {value}</source>
        <translation>The database URL&apos;s {option} must be a whole number, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL&apos;s {option} must be one of {allowed}, not {value}</source>
        <translation>The database URL&apos;s {option} must be one of {allowed}, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has orders; demo data goes only into an empty database</source>
        <translation>The database already has orders; demo data goes only into an empty database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has users; demo data goes only into a new, empty database</source>
        <translation>The database already has users; demo data goes only into a new, empty database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database as it was is kept at {kept}.</source>
        <translation>The database as it was is kept at {kept}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database check failed</source>
        <translation>The database check failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy in another program; try again</source>
        <translation>The database is busy in another program; try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is still open elsewhere: {holders}. Close Merchant Refunds there, then restore</source>
        <translation>The database is still open elsewhere: {holders}. Close Merchant Refunds there, then restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database names no valid shop</source>
        <translation>The database names no valid shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day is required</source>
        <translation>The day is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the supplier was asked cannot be later than today</source>
        <translation>The day the supplier was asked cannot be later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deduction {amount} is more than what is left of the refund ({total})</source>
        <translation>The deduction {amount} is more than what is left of the refund ({total})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery date {date} is before the order was placed ({placed})</source>
        <translation>The delivery date {date} is before the order was placed ({placed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery date {date} is in the future</source>
        <translation>The delivery date {date} is in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo makes {low} to {high} orders, not {n}</source>
        <translation>The demo makes {low} to {high} orders, not {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digest could not be sent: {error}</source>
        <translation>The digest could not be sent: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digest needs an e-mail address</source>
        <translation>The digest needs an e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full; nothing was saved</source>
        <translation>The disk is full; nothing was saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange rate must be a positive number</source>
        <translation>The exchange rate must be a positive number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange rate must be a positive number: {value}</source>
        <translation>The exchange rate must be a positive number: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange rate must convert from {currency}</source>
        <translation>The exchange rate must convert from {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange&apos;s difference changed while you were entering it (now {amount}); please check it again</source>
        <translation>The exchange&apos;s difference changed while you were entering it (now {amount}); please check it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column {column}</source>
        <translation>The file has no column {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size_mb} MB; at most {limit_mb} MB can be attached</source>
        <translation>The file is {size_mb} MB; at most {limit_mb} MB can be attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first instalment cannot be due in the past</source>
        <translation>The first instalment cannot be due in the past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first user must be the shop owner</source>
        <translation>The first user must be the shop owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods are still in transit: intercept the parcel or wait for its return</source>
        <translation>The goods are still in transit: intercept the parcel or wait for its return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods of exchange {exchange_no} have already been received</source>
        <translation>The goods of exchange {exchange_no} have already been received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods of {refund_no} are already recorded as received</source>
        <translation>The goods of {refund_no} are already recorded as received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file is incomplete or damaged</source>
        <translation>The image file is incomplete or damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key {key} is used twice</source>
        <translation>The key {key} is used twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key {key} must be 1 to 32 lower-case letters, digits, - or _</source>
        <translation>The key {key} must be 1 to 32 lower-case letters, digits, - or _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The links of all {checked} events hold, but the content of {unchecked} events from event {first} on could not be checked: this computer does not have the shop key (merchant-refunds key import)</source>
        <translation>The links of all {checked} events hold, but the content of {unchecked} events from event {first} on could not be checked: this computer does not have the shop key (merchant-refunds key import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock time is 0 (never) to 240 minutes</source>
        <translation>The lock time is 0 (never) to 240 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server refused the message: {error}</source>
        <translation>The mail server refused the message: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money goes to an account other than the one that paid</source>
        <translation>The money goes to an account other than the one that paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new last day must be after the current one ({due_on})</source>
        <translation>The new last day must be after the current one ({due_on})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is empty</source>
        <translation>The note is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is longer than 2000 characters</source>
        <translation>The note is longer than 2000 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice is empty</source>
        <translation>The notice is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of business days must be 0 or more</source>
        <translation>The number of business days must be 0 or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of instalments must be 1 or more</source>
        <translation>The number of instalments must be 1 or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order discounts ({discount}) exceed the amount of the lines ({lines})</source>
        <translation>The order discounts ({discount}) exceed the amount of the lines ({lines})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order does not add up: lines {lines} - discounts {discounts} + shipping {shipping} + tax {tax} = {expected}, but the file says {total}</source>
        <translation>The order does not add up: lines {lines} - discounts {discounts} + shipping {shipping} + tax {tax} = {expected}, but the file says {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order does not add up: lines {lines} - discounts {discounts} + shipping {shipping} = {expected}, but the file says {total}</source>
        <translation>The order does not add up: lines {lines} - discounts {discounts} + shipping {shipping} = {expected}, but the file says {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has no customer e-mail address</source>
        <translation>The order has no customer e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order number is longer than 64 characters</source>
        <translation>The order number is longer than 64 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order number is missing</source>
        <translation>The order number is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The owner&apos;s digest is off (Settings → Notices)</source>
        <translation>The owner&apos;s digest is off (Settings → Notices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper matches refund {refund_no} ({status}, {total})</source>
        <translation>The paper matches refund {refund_no} ({status}, {total})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payout amount must be above zero</source>
        <translation>The payout amount must be above zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payout failed: pay again another way</source>
        <translation>The payout failed: pay again another way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port is a number from 1 to 65535</source>
        <translation>The port is a number from 1 to 65535</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rating is a whole number from 1 to 5</source>
        <translation>The rating is a whole number from 1 to 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason is longer than 500 characters</source>
        <translation>The reason is longer than 500 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason {key} needs its text in Chinese and in English</source>
        <translation>The reason {key} needs its text in Chinese and in English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt or tracking number is longer than {n} characters</source>
        <translation>The receipt or tracking number is longer than {n} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record of {name} does not agree with the audit trail ({detail}); nobody can sign in as {name} until the owner has checked the database (merchant-refunds check)</source>
        <translation>The record of {name} does not agree with the audit trail ({detail}); nobody can sign in as {name} until the owner has checked the database (merchant-refunds check)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typing mistake: please check each group</source>
        <translation>The recovery key has a typing mistake: please check each group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference is longer than 128 characters</source>
        <translation>The reference is longer than 128 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund amount changed while you were entering it (now {total}); please check it again</source>
        <translation>The refund amount changed while you were entering it (now {total}); please check it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund amount {total} is too large to print</source>
        <translation>The refund amount {total} is too large to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The return postage must be an amount above zero</source>
        <translation>The return postage must be an amount above zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The returned goods of {refund_no} have not been received yet</source>
        <translation>The returned goods of {refund_no} have not been received yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule for {pattern} sets neither a category nor final sale</source>
        <translation>The rule for {pattern} sets neither a category nor final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender must be an e-mail address</source>
        <translation>The sender must be an e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setting {name} is given twice</source>
        <translation>The setting {name} is given twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are nested more than {limit} levels deep</source>
        <translation>The settings are nested more than {limit} levels deep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are not valid JSON (line {line}, column {column}): {problem}</source>
        <translation>The settings are not valid JSON (line {line}, column {column}): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file is not UTF-8 text</source>
        <translation>The settings file is not UTF-8 text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shipping fee cannot be negative</source>
        <translation>The shipping fee cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop key file {path} is damaged</source>
        <translation>The shop key file {path} is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop key is saved on this computer.</source>
        <translation>The shop key is saved on this computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop needs a name</source>
        <translation>The shop needs a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop needs at least one active owner</source>
        <translation>The shop needs at least one active owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shortest PIN can be {low} to {high} digits</source>
        <translation>The shortest PIN can be {low} to {high} digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is after the end date</source>
        <translation>The start date is after the end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement format is one of {formats}, not {value}</source>
        <translation>The statement format is one of {formats}, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supplier&apos;s answer is agreed, refused or pending, not {answer}</source>
        <translation>The supplier&apos;s answer is agreed, refused or pending, not {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring cannot store the password: {error}</source>
        <translation>The system keyring cannot store the password: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target must be a postgresql:// URL</source>
        <translation>The target must be a postgresql:// URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs differ; nothing was changed</source>
        <translation>The two PINs differ; nothing was changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The verification code does not match refund {refund_no}: the paper is not a true copy of the record, or the record was changed</source>
        <translation>The verification code does not match refund {refund_no}: the paper is not a true copy of the record, or the record was changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} contains {problem}</source>
        <translation>The {what} contains {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} is longer than {limit} characters</source>
        <translation>The {what} is longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} is too large to store</source>
        <translation>The {what} is too large to store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then add the staff: {command}</source>
        <translation>Then add the staff: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a user called {name}</source>
        <translation>There is already a user called {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not have the shop key that protects the audit trail; enter it from the recovery sheet (merchant-refunds key import) before saving anything</source>
        <translation>This computer does not have the shop key that protects the audit trail; enter it from the recovery sheet (merchant-refunds key import) before saving anything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is not set up yet: run `merchant-refunds init` (or start the program) to set it up</source>
        <translation>This database is not set up yet: run `merchant-refunds init` (or start the program) to set it up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was written by a newer version (schema {found}); please update Merchant Refunds</source>
        <translation>This database was written by a newer version (schema {found}); please update Merchant Refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database&apos;s audit trail is not keyed yet; it gets a key of its own at the next change</source>
        <translation>This database&apos;s audit trail is not keyed yet; it gets a key of its own at the next change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds tables of another program, not Merchant Refunds</source>
        <translation>This file holds tables of another program, not Merchant Refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a recovery key</source>
        <translation>This is not a recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This notice is not an e-mail</source>
        <translation>This notice is not an e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This notice was already sent</source>
        <translation>This notice was already sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reason pays back an amount, not whole units: give the amount to refund</source>
        <translation>This reason pays back an amount, not whole units: give the amount to refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key belongs to another shop (or another database), not to this one</source>
        <translation>This recovery key belongs to another shop (or another database), not to this one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This refund is at or above the second-approval threshold: another owner must approve it, not the requester</source>
        <translation>This refund is at or above the second-approval threshold: another owner must approve it, not the requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This refund is at or above the second-approval threshold: another owner or the accountant must approve it, not the requester</source>
        <translation>This refund is at or above the second-approval threshold: another owner or the accountant must approve it, not the requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop is already set up; its owner adds users (users add)</source>
        <translation>This shop is already set up; its owner adds users (users add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop&apos;s PINs have at least {min} digits</source>
        <translation>This shop&apos;s PINs have at least {min} digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop&apos;s database is on a PostgreSQL server: back it up there (pg_dump); see docs/operations.md</source>
        <translation>This shop&apos;s database is on a PostgreSQL server: back it up there (pg_dump); see docs/operations.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop&apos;s database is on a PostgreSQL server: restore it there from its dump (pg_restore); see docs/operations.md</source>
        <translation>This shop&apos;s database is on a PostgreSQL server: restore it there from its dump (pg_restore); see docs/operations.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tmall</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s digest was already sent</source>
        <translation>Today&apos;s digest was already sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: {name} is locked until {until}</source>
        <translation>Too many wrong PINs: {name} is locked until {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two files are read as Taobao&apos;s order list and line list only, without a mapping</source>
        <translation>Two files are read as Taobao&apos;s order list and line list only, without a mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery key from the sheet</source>
        <translation>Type the recovery key from the sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected {kind}: {error} (this is a bug; please report it with the lines above)</source>
        <translation>Unexpected {kind}: {error} (this is a bug; please report it with the lines above)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UnionPay</source>
        <translation>UnionPay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: a name of at most 500 characters is needed</source>
        <translation>Unit given out {sku}: a name of at most 500 characters is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: the price and quantity must be whole numbers</source>
        <translation>Unit given out {sku}: the price and quantity must be whole numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: the price cannot be below zero</source>
        <translation>Unit given out {sku}: the price cannot be below zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit given out {sku}: the quantity must be at least 1</source>
        <translation>Unit given out {sku}: the quantity must be at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back received</source>
        <translation>Units back received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back worth</source>
        <translation>Units back worth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units out worth</source>
        <translation>Units out worth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown condition: {condition} (one of: {choices})</source>
        <translation>Unknown condition: {condition} (one of: {choices})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown currency: {currency}</source>
        <translation>Unknown currency: {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown export: {name}</source>
        <translation>Unknown export: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in the mapping: {field}</source>
        <translation>Unknown field in the mapping: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown format: {format}</source>
        <translation>Unknown format: {format}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown journal account: {name}</source>
        <translation>Unknown journal account: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown language: {lang}</source>
        <translation>Unknown language: {lang}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown notice channel: {channel}</source>
        <translation>Unknown notice channel: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown notice: {event}</source>
        <translation>Unknown notice: {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment method: {name}</source>
        <translation>Unknown payment method: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payout method: {method}</source>
        <translation>Unknown payout method: {method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown placeholder {{{name}}}; use: {known}</source>
        <translation>Unknown placeholder {{{name}}}; use: {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown policy setting: {name}</source>
        <translation>Unknown policy setting: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown refund reason: {reason} (one of: {choices})</source>
        <translation>Unknown refund reason: {reason} (one of: {choices})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role: {role} (owner, clerk or accountant)</source>
        <translation>Unknown role: {role} (owner, clerk or accountant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown setting {name} in {where} (known: {known})</source>
        <translation>Unknown setting {name} in {where} (known: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown settings section: {name} (known: {known})</source>
        <translation>Unknown settings section: {name} (known: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown shop setting: {name}</source>
        <translation>Unknown shop setting: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stage {stage}: use request, inspection or rejection</source>
        <translation>Unknown stage {stage}: use request, inspection or rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown status: {value}</source>
        <translation>Unknown status: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stock movement: {value} (one of: {choices})</source>
        <translation>Unknown stock movement: {value} (one of: {choices})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsealed audio, video and software</source>
        <translation>Unsealed audio, video and software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use either --self-approve or --authorised-by, not both</source>
        <translation>Use either --self-approve or --authorised-by, not both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use journal_sources for the journal</source>
        <translation>Use journal_sources for the journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {name} exists with role {role}; the demo needs a fresh database</source>
        <translation>User {name} exists with role {role}; the demo needs a fresh database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat shop</source>
        <translation>WeChat shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --amount, --line names one line: SKU or #LINE, not {spec!r}</source>
        <translation>With --amount, --line names one line: SKU or #LINE, not {spec!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a refund by amount the customer keeps the goods: none come back</source>
        <translation>With a refund by amount the customer keeps the goods: none come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the request</source>
        <translation>With the request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would reconcile {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds</source>
        <translation>Would reconcile {file} ({format}, {encoding}, {period}): {rows} rows, {refunds} refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}</source>
        <translation>Wrong PIN for {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the recovery sheet to {target} (key id {key_id}).</source>
        <translation>Wrote the recovery sheet to {target} (key id {key_id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the {count} orders left out to {path}</source>
        <translation>Wrote the {count} orders left out to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path} ({count} confirmations, {size})</source>
        <translation>Wrote {path} ({count} confirmations, {size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path} ({size})</source>
        <translation>Wrote {path} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot deactivate yourself</source>
        <translation>You cannot deactivate yourself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already decided on {refund_no}</source>
        <translation>You have already decided on {refund_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You requested this refund yourself: approve it as the shop&apos;s only owner by re-entering your PIN (it is recorded as a single-owner self-approval)</source>
        <translation>You requested this refund yourself: approve it as the shop&apos;s only owner by re-entering your PIN (it is recorded as a single-owner self-approval)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new PIN is set, {name}.</source>
        <translation>Your new PIN is set, {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youzan</source>
        <translation>Youzan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bank statement&apos;s columns, as JSON or a JSON file: {&quot;date&quot;: …, &quot;amount&quot;: … or &quot;debit&quot;: …, &quot;reference&quot;: …, &quot;description&quot;: …}</source>
        <translation>a bank statement&apos;s columns, as JSON or a JSON file: {&quot;date&quot;: …, &quot;amount&quot;: … or &quot;debit&quot;: …, &quot;reference&quot;: …, &quot;description&quot;: …}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a customer&apos;s balance and every movement</source>
        <translation>a customer&apos;s balance and every movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line&apos;s category, by SKU or line number (#2=perishable); repeat for more</source>
        <translation>a line&apos;s category, by SKU or line number (#2=perishable); repeat for more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line&apos;s units (SKU or #LINE) or its N-th unit, with a condition and a note; repeat</source>
        <translation>a line&apos;s units (SKU or #LINE) or its N-th unit, with a condition and a note; repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refund&apos;s returned units (condition, stock, deductions) and return postage</source>
        <translation>a refund&apos;s returned units (condition, stock, deductions) and return postage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account holder</source>
        <translation>account holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account number or IBAN</source>
        <translation>account number or IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account number or IBAN (bank transfer)</source>
        <translation>account number or IBAN (bank transfer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accountant</source>
        <translation>accountant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a user (owner); the new PIN from $MERCHANT_REFUNDS_NEW_PIN or asked twice</source>
        <translation>add a user (owner); the new PIN from $MERCHANT_REFUNDS_NEW_PIN or asked twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add follow-up notes</source>
        <translation>add follow-up notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add orders</source>
        <translation>add orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, search, show and set orders</source>
        <translation>add, search, show and set orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the orders left out, with row and reason, to this CSV file</source>
        <translation>also write the orders left out, with row and reason, to this CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount in the payout currency, e.g. 1,000.00 (default: all that is left)</source>
        <translation>amount in the payout currency, e.g. 1,000.00 (default: all that is left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order with what is still refundable</source>
        <translation>an order with what is still refundable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an owner authorises at the counter (PIN from $MERCHANT_REFUNDS_OWNER_PIN or a prompt)</source>
        <translation>an owner authorises at the counter (PIN from $MERCHANT_REFUNDS_OWNER_PIN or a prompt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve a requested refund (owner)</source>
        <translation>approve a requested refund (owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve refunds</source>
        <translation>approve refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the owner to approve</source>
        <translation>ask the owner to approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the owner to override</source>
        <translation>ask the owner to override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked on</source>
        <translation>asked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N (20)</source>
        <translation>at most N (20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach evidence of a rejection</source>
        <translation>attach evidence of a rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach evidence to refunds</source>
        <translation>attach evidence to refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach photos or files (JPEG, PNG, WebP, HEIC, PDF; 10 MB each) as evidence</source>
        <translation>attach photos or files (JPEG, PNG, WebP, HEIC, PDF; 10 MB each) as evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back in stock</source>
        <translation>back in stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the database now (online, while in use)</source>
        <translation>back up the database now (online, while in use)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance</source>
        <translation>balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank and branch</source>
        <translation>bank and branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borne by {bearer}</source>
        <translation>borne by {bearer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel a refund before any money is sent</source>
        <translation>cancel a refund before any money is sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel an exchange recorded by mistake (owner; its refund cancelled or rejected first)</source>
        <translation>cancel an exchange recorded by mistake (owner; its refund cancelled or rejected first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel exchanges</source>
        <translation>cancel exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel refunds</source>
        <translation>cancel refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a delivery date already set</source>
        <translation>change a delivery date already set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a line&apos;s category or final sale</source>
        <translation>change a line&apos;s category or final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a user&apos;s role</source>
        <translation>change a user&apos;s role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a user&apos;s role (owner)</source>
        <translation>change a user&apos;s role (owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change notice templates</source>
        <translation>change notice templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings from JSON (owner): any sections and keys, all or nothing</source>
        <translation>change settings from JSON (owner): any sections and keys, all or nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the PIN length</source>
        <translation>change the PIN length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the SKU rules</source>
        <translation>change the SKU rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the journal accounts</source>
        <translation>change the journal accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the lock time</source>
        <translation>change the lock time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the mail server</source>
        <translation>change the mail server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the owner&apos;s digest</source>
        <translation>change the owner&apos;s digest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the payment methods</source>
        <translation>change the payment methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the refund policy</source>
        <translation>change the refund policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the rejection reasons</source>
        <translation>change the rejection reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the shop profile</source>
        <translation>change the shop profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the shop&apos;s settings</source>
        <translation>change the shop&apos;s settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change your own PIN (current from $MERCHANT_REFUNDS_PIN, new from $MERCHANT_REFUNDS_NEW_PIN, or asked)</source>
        <translation>change your own PIN (current from $MERCHANT_REFUNDS_PIN, new from $MERCHANT_REFUNDS_NEW_PIN, or asked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a code from a daily closing or a paper (A1234-XXXX-XXXX-XXXX-XXXX)</source>
        <translation>check a code from a daily closing or a paper (A1234-XXXX-XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the audit hash chain</source>
        <translation>check the audit hash chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the audit trail</source>
        <translation>check the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the code printed on a paper</source>
        <translation>check the code printed on a paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database&apos;s integrity, audit trail and the newest backup&apos;s trail head</source>
        <translation>check the database&apos;s integrity, audit trail and the newest backup&apos;s trail head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column keys as headers</source>
        <translation>column keys as headers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition of every unit not named with --unit (resaleable)</source>
        <translation>condition of every unit not named with --unit (resaleable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm</source>
        <translation>confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm receipt</source>
        <translation>confirm receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the shop&apos;s SQLite file to an empty PostgreSQL database, verified</source>
        <translation>copy the shop&apos;s SQLite file to an empty PostgreSQL database, verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency code</source>
        <translation>currency code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers&apos; store credit: see, use, pay out</source>
        <translation>customers&apos; store credit: see, use, pay out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file or postgresql:// URL (default: $MERCHANT_REFUNDS_DB, else the user data folder)</source>
        <translation>database file or postgresql:// URL (default: $MERCHANT_REFUNDS_DB, else the user data folder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of the rate (default today)</source>
        <translation>day of the rate (default today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days between instalments (%(default)s)</source>
        <translation>days between instalments (%(default)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivate a user</source>
        <translation>deactivate a user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduct for a returned unit&apos;s diminished value (owner), with the reason</source>
        <translation>deduct for a returned unit&apos;s diminished value (owner), with the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduct for diminished value</source>
        <translation>deduct for diminished value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deduction</source>
        <translation>deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: as the failed one</source>
        <translation>default: as the failed one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference paid by the customer</source>
        <translation>difference paid by the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>display name</source>
        <translation>display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail today&apos;s list to the owner (owner; once a day, as set in the notice settings)</source>
        <translation>e-mail today&apos;s list to the owner (owner; once a day, as set in the notice settings)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0.0478 for JPY in CNY</source>
        <translation>e.g. 0.0478 for JPY in CNY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 15.00</source>
        <translation>e.g. 15.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25.00</source>
        <translation>e.g. 25.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit orders</source>
        <translation>edit orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter exchange rates</source>
        <translation>enter exchange rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the rate of a day: home-currency units for one unit of CODE (owner, accountant)</source>
        <translation>enter the rate of a day: home-currency units for one unit of CODE (owner, accountant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>even: no money moves</source>
        <translation>even: no money moves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every balance at the end of a day, CSV or XLSX (owner, accountant; account 2241)</source>
        <translation>every balance at the end of a day, CSV or XLSX (owner, accountant; account 2241)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every user, role and status</source>
        <translation>every user, role and status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything still refundable</source>
        <translation>everything still refundable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence of the rejection (photo or PDF); repeat for more</source>
        <translation>evidence of the rejection (photo or PDF); repeat for more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence of the request (photo or PDF), stored with it; repeat for more</source>
        <translation>evidence of the request (photo or PDF), stored with it; repeat for more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rates per day to the home currency, for the journal</source>
        <translation>exchange rates per day to the home currency, for the journal</translation>
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
        <translation>exit codes: 0 ok, 2 bad input, 3 refused by policy or permission, 4 not found,
            5 storage problem, 1 unexpected error
environment: MERCHANT_REFUNDS_DB (database file or URL), MERCHANT_REFUNDS_PIN (PIN of --user),
             MERCHANT_REFUNDS_USER (default for --user), LANG (zh* formats amounts for zh_CN),
             LC_ALL, LC_MESSAGES, LANG (zh* for messages in Chinese)
Without a command the GUI starts (or this help is shown where the GUI is not installed).
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected by</source>
        <translation>expected by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export refunds, lines, payouts, audit events or the journal</source>
        <translation>export refunds, lines, payouts, audit events or the journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extend a refund&apos;s deadline</source>
        <translation>extend a refund&apos;s deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed payout</source>
        <translation>failed payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill an empty database with a year of sample data first</source>
        <translation>fill an empty database with a year of sample data first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill an empty database with sample data</source>
        <translation>fill an empty database with sample data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final sale</source>
        <translation>final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>find orders by number, name or phone</source>
        <translation>find orders by number, name or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first day (YYYY-MM-DD)</source>
        <translation>first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first last-day</source>
        <translation>first last-day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font: {font}</source>
        <translation>font: {font}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name shown on screens</source>
        <translation>full name shown on screens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the shop more time for a refund&apos;s review or payment (owner), with the reason</source>
        <translation>give the shop more time for a refund&apos;s review or payment (owner), with the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods back {state}</source>
        <translation>goods back {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers (zh)</source>
        <translation>headers (zh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how it is paid (default: the refund&apos;s destination)</source>
        <translation>how it is paid (default: the refund&apos;s destination)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many (300)</source>
        <translation>how many (300)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders</source>
        <translation>import orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from a Shopify, WooCommerce, Taobao/Tmall, JD, Pinduoduo, Douyin, Youzan, WeChat shop or generic CSV/XLSX file</source>
        <translation>import orders from a Shopify, WooCommerce, Taobao/Tmall, JD, Pinduoduo, Douyin, Youzan, WeChat shop or generic CSV/XLSX file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the good orders and list the failing or conflicting ones (default: all or nothing)</source>
        <translation>import the good orders and list the failing or conflicting ones (default: all or nothing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instalment due</source>
        <translation>instalment due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the trail keyed, and is the key on this computer</source>
        <translation>is the trail keyed, and is the key on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the ledger</source>
        <translation>kept in the ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language (zh)</source>
        <translation>language (zh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the lists&apos; headers (zh or en)</source>
        <translation>language of the lists&apos; headers (zh or en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, included</source>
        <translation>last day, included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last last-day</source>
        <translation>last last-day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal deadline</source>
        <translation>legal deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list a refund&apos;s evidence files, or save them to a folder</source>
        <translation>list a refund&apos;s evidence files, or save them to a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a line (SKU or #n) final sale; repeat for more</source>
        <translation>mark a line (SKU or #n) final sale; repeat for more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a line (SKU or #n) not final sale</source>
        <translation>mark a line (SKU or #n) not final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a sent payout failed, with the reason</source>
        <translation>mark a sent payout failed, with the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark payouts failed</source>
        <translation>mark payouts failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match a payment statement (Alipay, WeChat Pay, Stripe, PayPal, bank) to the payouts recorded here and mark the matched ones arrived</source>
        <translation>match a payment statement (Alipay, WeChat Pay, Stripe, PayPal, bank) to the payouts recorded here and mark the matched ones arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>movement</source>
        <translation>movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded (give -o FILE to record it)</source>
        <translation>not recorded (give -o FILE to record it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet received</source>
        <translation>not yet received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note / reason</source>
        <translation>note / reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note for the shop&apos;s records</source>
        <translation>note for the shop&apos;s records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one exchange in full</source>
        <translation>one exchange in full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the shop&apos;s rejection reasons (see `refund reject-reasons`)</source>
        <translation>one of the shop&apos;s rejection reasons (see `refund reject-reasons`)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one or more, into one file in order</source>
        <translation>one or more, into one file in order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one refund in full</source>
        <translation>one refund in full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only show the difference and the findings</source>
        <translation>only show the difference and the findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only show what would be imported (no sign-in)</source>
        <translation>only show what would be imported (no sign-in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only show what would happen; change nothing</source>
        <translation>only show what would happen; change nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this SKU</source>
        <translation>only this SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this currency</source>
        <translation>only this currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this payout (default: all sent)</source>
        <translation>only this payout (default: all sent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this section</source>
        <translation>only this section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner only: override a policy block</source>
        <translation>owner only: override a policy block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner only: pay the postage back although the shop is not at fault</source>
        <translation>owner only: pay the postage back although the shop is not at fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid out in cash</source>
        <translation>paid out in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid within it</source>
        <translation>paid within it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper (a4)</source>
        <translation>paper (a4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay</source>
        <translation>pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay a failed payout again as a new one (owner)</source>
        <translation>pay a failed payout again as a new one (owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay back the customer&apos;s return postage, e.g. 12.00 (up to the policy&apos;s maximum)</source>
        <translation>pay back the customer&apos;s return postage, e.g. 12.00 (up to the policy&apos;s maximum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay credit out in cash (owner)</source>
        <translation>pay credit out in cash (owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay in another currency (needs --fx-rate)</source>
        <translation>pay in another currency (needs --fx-rate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay out store credit in cash</source>
        <translation>pay out store credit in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay refunds</source>
        <translation>pay refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment due</source>
        <translation>payment due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment_methods.{name}.enabled must be true or false</source>
        <translation>payment_methods.{name}.enabled must be true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout</source>
        <translation>payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout method</source>
        <translation>payout method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payout number</source>
        <translation>payout number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month: refunds paid within the legal refund deadline, and those paid late</source>
        <translation>per month: refunds paid within the legal refund deadline, and those paid late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@host/db</source>
        <translation>postgresql://user@host/db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print #{number}</source>
        <translation>print #{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print confirmations</source>
        <translation>print confirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print machine-readable JSON (errors too, on stderr)</source>
        <translation>print machine-readable JSON (errors too, on stderr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print refund confirmations to one PDF, or check the code on a paper</source>
        <translation>print refund confirmations to one PDF, or check the code on a paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the program&apos;s version and exit</source>
        <translation>print the program&apos;s version and exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the settings as JSON (shop, policy, payment_methods, journal_accounts, security, notices)</source>
        <translation>print the settings as JSON (shop, policy, payment_methods, journal_accounts, security, notices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the trail&apos;s newest event and its anchor code</source>
        <translation>print the trail&apos;s newest event and its anchor code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider ref</source>
        <translation>provider ref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put these units back in stock whatever their condition; repeat</source>
        <translation>put these units back in stock whatever their condition; repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qty</source>
        <translation>qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote, request and process refunds</source>
        <translation>quote, request and process refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (7)</source>
        <translation>random seed (7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate in {home}</source>
        <translation>rate in {home}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate {rate} on {day}</source>
        <translation>rate {rate} on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the stock ledger</source>
        <translation>read the stock ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: %(codes)s</source>
        <translation>reason: %(codes)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt of the difference the customer paid (needed when the units out cost more)</source>
        <translation>receipt of the difference the customer paid (needed when the units out cost more)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt or tracking number of the return postage</source>
        <translation>receipt or tracking number of the return postage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive exchanged goods</source>
        <translation>receive exchanged goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive goods</source>
        <translation>receive goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received {at}</source>
        <translation>received {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconcile statements</source>
        <translation>reconcile statements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a payout (owner); a part amount is an instalment</source>
        <translation>record a payout (owner); a part amount is an instalment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an exchange: units back, units out, the difference refunded or collected</source>
        <translation>record an exchange: units back, units out, the difference refunded or collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record daily closings</source>
        <translation>record daily closings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record exchanges</source>
        <translation>record exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record feedback</source>
        <translation>record feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record returned goods</source>
        <translation>record returned goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record signatures</source>
        <translation>record signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record supplier confirmations</source>
        <translation>record supplier confirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that an exchange&apos;s units back arrived: their condition and where they go</source>
        <translation>record that an exchange&apos;s units back arrived: their condition and where they go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the customer received the money</source>
        <translation>record that the customer received the money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the returned goods arrived</source>
        <translation>record that the returned goods arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the closing and write it as .pdf, .csv or .xlsx (without: only show it)</source>
        <translation>record the closing and write it as .pdf, .csv or .xlsx (without: only show it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the customer&apos;s rating (1-5) and comment on a paid refund (owner, clerk); without --rating, show it</source>
        <translation>record the customer&apos;s rating (1-5) and comment on a paid refund (owner, clerk); without --rating, show it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the customer&apos;s signature on the confirmation</source>
        <translation>record the customer&apos;s signature on the confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the supplier&apos;s answer for a pre-sale refund in production (owner, clerk); without --answer, list the answers</source>
        <translation>record the supplier&apos;s answer for a pre-sale refund in production (owner, clerk); without --answer, list the answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund / receipt</source>
        <translation>refund / receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund an amount, not units (price difference, compensation, goodwill): on the --line given, or shared over the order&apos;s lines by what is left on each</source>
        <translation>refund an amount, not units (price difference, compensation, goodwill): on the --line given, or shared over the order&apos;s lines by what is left on each</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund of the difference to the customer</source>
        <translation>refund of the difference to the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund reason: %(codes)s</source>
        <translation>refund reason: %(codes)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund reason: %(codes)s (default: %(default)s)</source>
        <translation>refund reason: %(codes)s (default: %(default)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund status (payout status for payouts)</source>
        <translation>refund status (payout status for payouts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund the shipping fee too (if the policy allows)</source>
        <translation>refund the shipping fee too (if the policy allows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunds late or due soon (review, payment, legal deadline) and payouts to chase</source>
        <translation>refunds late or due soon (review, payment, legal deadline) and payouts to chase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject a requested refund (owner), with the reason</source>
        <translation>reject a requested refund (owner), with the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject refunds</source>
        <translation>reject refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remark kept with the approval</source>
        <translation>remark kept with the approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request a refund</source>
        <translation>request a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request refunds</source>
        <translation>request refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a PIN</source>
        <translation>reset a PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned units by SKU, and totals</source>
        <translation>returned units by SKU, and totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review due</source>
        <translation>review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the key from a recovery sheet on this computer</source>
        <translation>save the key from a recovery sheet on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second approval {answer}</source>
        <translation>second approval {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see daily closings</source>
        <translation>see daily closings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see exchange rates</source>
        <translation>see exchange rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see reports</source>
        <translation>see reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the legal deadline record</source>
        <translation>see the legal deadline record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the shop key</source>
        <translation>see the shop key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the store-credit balances</source>
        <translation>see the store-credit balances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send a scheduled instalment now (owner)</source>
        <translation>send a scheduled instalment now (owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send notices</source>
        <translation>send notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send the owner&apos;s digest</source>
        <translation>send the owner&apos;s digest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a new PIN for a user who forgot theirs (owner; $MERCHANT_REFUNDS_NEW_PIN or asked twice)</source>
        <translation>set a new PIN for a user who forgot theirs (owner; $MERCHANT_REFUNDS_NEW_PIN or asked twice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set an order&apos;s delivery date, a line&apos;s category or final sale (never amounts)</source>
        <translation>set an order&apos;s delivery date, a line&apos;s category or final sale (never amounts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up a new database (file or postgresql:// URL); with --shop and --owner also the shop and its first owner; nothing changes on a shop already set up</source>
        <translation>set up a new database (file or postgresql:// URL); with --shop and --owner also the shop and its first owner; nothing changes on a shop already set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share in time</source>
        <translation>share in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop.{name} must be text in quotes</source>
        <translation>shop.{name} must be text in quotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the recovery key (owner)</source>
        <translation>show the recovery key (owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown to the customer (after --template&apos;s text)</source>
        <translation>shown to the customer (after --template&apos;s text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown to the customer on the paper</source>
        <translation>shown to the customer on the paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign</source>
        <translation>sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in name, without spaces</source>
        <translation>sign-in name, without spaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature {state}</source>
        <translation>signature {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed {at}</source>
        <translation>signed {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source {source}</source>
        <translation>source {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split what is left into N payouts that add up exactly (large refunds)</source>
        <translation>split what is left into N payouts that add up exactly (large refunds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable English column keys for scripts</source>
        <translation>stable English column keys for scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store an order given as JSON (docs/order-format.md)</source>
        <translation>store an order given as JSON (docs/order-format.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a copy of the database away</source>
        <translation>take a copy of the database away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take credit off a sale rung up at the counter (owner, clerk)</source>
        <translation>take credit off a sale rung up at the counter (owner, clerk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax included {tax}</source>
        <translation>tax included {tax}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit trail</source>
        <translation>the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup to restore</source>
        <translation>the backup to restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer sends the goods back</source>
        <translation>the customer sends the goods back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the daily closing: the day&apos;s refunds and payouts, running totals and anchor code</source>
        <translation>the daily closing: the day&apos;s refunds and payouts, running totals and anchor code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day</source>
        <translation>the day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day (default: today)</source>
        <translation>the day (default: today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day asked (today)</source>
        <translation>the day asked (today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day the customer received the goods</source>
        <translation>the day the customer received the goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exchange confirmation for the customer to sign, as PDF</source>
        <translation>the exchange confirmation for the customer to sign, as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export file (CSV or XLSX); for Taobao/Tmall&apos;s own export, its order list and line list (订单报表 and 宝贝报表) in either order</source>
        <translation>the export file (CSV or XLSX); for Taobao/Tmall&apos;s own export, its order list and line list (订单报表 and 宝贝报表) in either order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s format (default: detected)</source>
        <translation>the file&apos;s format (default: detected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file; - writes standard output</source>
        <translation>the file; - writes standard output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ledger as CSV or XLSX</source>
        <translation>the ledger as CSV or XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new last day</source>
        <translation>the new last day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the only owner approves his own large request (asks his PIN again)</source>
        <translation>the only owner approves his own large request (asks his PIN again)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order; - reads standard input</source>
        <translation>the order; - reads standard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner&apos;s full name</source>
        <translation>the owner&apos;s full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner&apos;s sign-in name; the PIN from $MERCHANT_REFUNDS_PIN or asked twice</source>
        <translation>the owner&apos;s sign-in name; the PIN from $MERCHANT_REFUNDS_PIN or asked twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rates entered (owner, accountant)</source>
        <translation>the rates entered (owner, accountant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recovery key (default: read stdin)</source>
        <translation>the recovery key (default: read stdin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the refund report for a period as a PDF</source>
        <translation>the refund report for a period as a PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sale&apos;s receipt number</source>
        <translation>the sale&apos;s receipt number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings; - reads standard input</source>
        <translation>the settings; - reads standard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop</source>
        <translation>the shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop key that protects the audit trail</source>
        <translation>the shop key that protects the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s currency (CNY)</source>
        <translation>the shop&apos;s currency (CNY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s name (printed on papers)</source>
        <translation>the shop&apos;s name (printed on papers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s rejection reasons, for `refund reject --template KEY`</source>
        <translation>the shop&apos;s rejection reasons, for `refund reject --template KEY`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s settings as JSON: show, set</source>
        <translation>the shop&apos;s settings as JSON: show, set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shop&apos;s users: add, deactivate, roles, PINs</source>
        <translation>the shop&apos;s users: add, deactivate, roles, PINs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the statement export (CSV)</source>
        <translation>the statement export (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the statement&apos;s format (default: detected)</source>
        <translation>the statement&apos;s format (default: detected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stock ledger of returned goods</source>
        <translation>the stock ledger of returned goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template&apos;s language (zh)</source>
        <translation>the template&apos;s language (zh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit (SKU or #LINE)</source>
        <translation>the unit (SKU or #LINE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole order</source>
        <translation>the whole order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to {account}</source>
        <translation>to {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction reference</source>
        <translation>transaction reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units given out at the unit price agreed (TEA-09=1@300.00:Oolong 250g); repeat</source>
        <translation>units given out at the unit price agreed (TEA-09=1@300.00:Oolong 250g); repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of one line, by SKU or by line number (#2=1); repeat for more lines; with --amount: the line (SKU or #2) the amount is for</source>
        <translation>units of one line, by SKU or by line number (#2=1); repeat for more lines; with --amount: the line (SKU or #2) the amount is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of the payout currency per unit of the order&apos;s</source>
        <translation>units of the payout currency per unit of the order&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units the customer returns, by SKU or line number (#2=1); repeat for more lines</source>
        <translation>units the customer returns, by SKU or line number (#2=1); repeat for more lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown period</source>
        <translation>unknown period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use store credit</source>
        <translation>use store credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used at the counter</source>
        <translation>used at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification code: {code}</source>
        <translation>verification code: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>via {method}</source>
        <translation>via {method}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for supplier</source>
        <translation>waiting for supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what a refund would be, and the findings</source>
        <translation>what a refund would be, and the findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the bank or customer said</source>
        <translation>what the bank or customer said</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the customer said</source>
        <translation>what the customer said</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files show: the customer&apos;s request, the returned goods, a rejection</source>
        <translation>what the files show: the customer&apos;s request, the returned goods, a rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what they said</source>
        <translation>what they said</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where a refund of the difference goes (default: original_route)</source>
        <translation>where a refund of the difference goes (default: original_route)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the money goes (default: original_route, or bank_transfer with --bank-*)</source>
        <translation>where the money goes (default: original_route, or bank_transfer with --bank-*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the PDF</source>
        <translation>where to write the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which date the range is on (request)</source>
        <translation>which date the range is on (request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which unit they show</source>
        <translation>which unit they show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who at the supplier was asked</source>
        <translation>who at the supplier was asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who is acting (default: $MERCHANT_REFUNDS_USER); the PIN comes from $MERCHANT_REFUNDS_PIN or a prompt</source>
        <translation>who is acting (default: $MERCHANT_REFUNDS_USER); the PIN comes from $MERCHANT_REFUNDS_PIN or a prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why</source>
        <translation>why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (kept in the audit trail)</source>
        <translation>why (kept in the audit trail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is cancelled</source>
        <translation>why it is cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --instalments: only schedule them; by default the first is sent now</source>
        <translation>with --instalments: only schedule them; by default the first is sent now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a checked backup into the database (owner with PIN); the current one is kept</source>
        <translation>write a checked backup into the database (owner with PIN); the current one is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write every file into DIR</source>
        <translation>write every file into DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the copy here (default: the backups folder)</source>
        <translation>write the copy here (default: the backups folder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the payouts the statement does not show to FILE (.csv or .xlsx)</source>
        <translation>write the payouts the statement does not show to FILE (.csv or .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the printable recovery sheet (PDF) instead of showing the key</source>
        <translation>write the printable recovery sheet (PDF) instead of showing the key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the statement&apos;s refunds with no payout here to FILE (.csv or .xlsx)</source>
        <translation>write the statement&apos;s refunds with no payout here to FILE (.csv or .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write these units off whatever their condition; repeat</source>
        <translation>write these units off whatever their condition; repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>written off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} asked, only {left} left to refund on the items of order {order_no}</source>
        <translation>{amount} asked, only {left} left to refund on the items of order {order_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} by {user}</source>
        <translation>{at} by {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} is {listed} but the lines&apos; prices x quantities give {computed}</source>
        <translation>{column} is {listed} but the lines&apos; prices x quantities give {computed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} is {listed} but 价格 x 购买数量 + 运费 give {computed}</source>
        <translation>{column} is {listed} but 价格 x 购买数量 + 运费 give {computed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} is {subtotal} but the lines ({lines}) less discounts ({discounts}) give {goods}</source>
        <translation>{column} is {subtotal} but the lines ({lines}) less discounts ({discounts}) give {goods}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} of order {order_no} is {listed}, but its rows in the line list have {counted} units</source>
        <translation>{column} of order {order_no} is {listed}, but its rows in the line list have {counted} units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} says {value!r}, but the file has no refund amount column; export it with the refund amount</source>
        <translation>{column} says {value!r}, but the file has no refund amount column; export it with the refund amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}: longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the amount is missing</source>
        <translation>{column}: the amount is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the customer&apos;s name is missing</source>
        <translation>{column}: the customer&apos;s name is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the date is missing</source>
        <translation>{column}: the date is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the order number is missing</source>
        <translation>{column}: the order number is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: the quantity must be at least 1, not {qty}</source>
        <translation>{column}: the quantity must be at least 1, not {qty}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: unknown value {value!r}</source>
        <translation>{column}: unknown value {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {detail}</source>
        <translation>{column}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {qty} units is too many</source>
        <translation>{column}: {qty} units is too many</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is a spreadsheet formula; formulas are never evaluated, so fix the cell and export again</source>
        <translation>{column}: {value!r} is a spreadsheet formula; formulas are never evaluated, so fix the cell and export again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is not a date such as 2026-03-01 14:30</source>
        <translation>{column}: {value!r} is not a date such as 2026-03-01 14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is not a two-letter country code such as US or DE</source>
        <translation>{column}: {value!r} is not a two-letter country code such as US or DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value!r} is not a whole number of units</source>
        <translation>{column}: {value!r} is not a whole number of units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {value} is a spreadsheet&apos;s day number, not a date; format the column as a date (2026-03-01 14:30) and export again</source>
        <translation>{column}: {value} is a spreadsheet&apos;s day number, not a date; format the column as a date (2026-03-01 14:30) and export again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {places} decimal places: {text}</source>
        <translation>{currency} amounts have at most {places} decimal places: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is the home currency: it needs no rate</source>
        <translation>{currency} is the home currency: it needs no rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} day late</source>
        <translation>{days} day late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} day left</source>
        <translation>{days} day left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days late</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days left</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} (in {days}d)</source>
        <translation>{day} (in {days}d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} (today)</source>
        <translation>{day} (today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} ({days}d late)</source>
        <translation>{day} ({days}d late)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} has not come yet: no closing for it</source>
        <translation>{day} has not come yet: no closing for it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {outcome}</source>
        <translation>{day}: {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{db_path}: integrity and audit trail OK.</source>
        <translation>{db_path}: integrity and audit trail OK.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} are both Taobao line lists (宝贝报表); give one order list (订单报表) and its line list</source>
        <translation>{first} and {second} are both Taobao line lists (宝贝报表); give one order list (订单报表) and its line list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} are both Taobao order lists (订单报表); give one order list and its line list (宝贝报表)</source>
        <translation>{first} and {second} are both Taobao order lists (订单报表); give one order list and its line list (宝贝报表)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is not a line number such as #2</source>
        <translation>{key} is not a line number such as #2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} by {day} ({countdown}) — {rule}</source>
        <translation>{kind} by {day} ({countdown}) — {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {where}; no units taken, the goods stay with the customer</source>
        <translation>{kind} on {where}; no units taken, the goods stay with the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}, {where}</source>
        <translation>{kind}, {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({sku}) is a final-sale item: no return without a reason</source>
        <translation>{name} ({sku}) is a final-sale item: no return without a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({sku}) is in category {category}, excluded from no-reason returns</source>
        <translation>{name} ({sku}) is in category {category}, excluded from no-reason returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can no longer sign in.</source>
        <translation>{name} can no longer sign in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can sign in again.</source>
        <translation>{name} can sign in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has more than {limit} million pixels; attach a smaller photo</source>
        <translation>{name} has more than {limit} million pixels; attach a smaller photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is an incomplete or damaged {kind} file</source>
        <translation>{name} is an incomplete or damaged {kind} file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty</source>
        <translation>{name} is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a number</source>
        <translation>{name} is not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a {types} file; only those can be attached</source>
        <translation>{name} is not a {types} file; only those can be attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an owner: only an owner can authorise at the counter</source>
        <translation>{name} is not an owner: only an owner can authorise at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is now {role}.</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is {size_mb} MB; a file can be at most {limit_mb} MB</source>
        <translation>{name} is {size_mb} MB; a file can be at most {limit_mb} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: code and name must be text in quotes</source>
        <translation>{name}: code and name must be text in quotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: subject and body are text</source>
        <translation>{name}: subject and body are text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} failed its check: {problem}</source>
        <translation>{path} failed its check: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has more than {limit} rows ({rows}); split it into smaller files</source>
        <translation>{path} has more than {limit} rows ({rows}); split it into smaller files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no statement rows</source>
        <translation>{path} has no statement rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds {count} parts, more than the {limit} an XLSX workbook may have here</source>
        <translation>{path} holds {count} parts, more than the {limit} an XLSX workbook may have here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a Taobao line list (宝贝报表); import it together with its order list (订单报表)</source>
        <translation>{path} is a Taobao line list (宝贝报表); import it together with its order list (订单报表)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a Taobao order list (订单报表); import it together with its line list (宝贝报表)</source>
        <translation>{path} is a Taobao order list (订单报表); import it together with its line list (宝贝报表)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a database file; choose another file name (a database is never written over)</source>
        <translation>{path} is a database file; choose another file name (a database is never written over)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a spreadsheet workbook; export the statement as CSV and try again</source>
        <translation>{path} is a spreadsheet workbook; export the statement as CSV and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a working file of the shop&apos;s database; choose another file name</source>
        <translation>{path} is a working file of the shop&apos;s database; choose another file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a zip archive but not an XLSX workbook; save the sheet as .xlsx or CSV</source>
        <translation>{path} is a zip archive but not an XLSX workbook; save the sheet as .xlsx or CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is already set up (schema {schema}); nothing was changed.</source>
        <translation>{path} is already set up (schema {schema}); nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is an old Excel .xls file; save it as .xlsx or CSV</source>
        <translation>{path} is an old Excel .xls file; save it as .xlsx or CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged or is not a Merchant Refunds database</source>
        <translation>{path} is damaged or is not a Merchant Refunds database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is empty</source>
        <translation>{path} is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is in the shop&apos;s backups folder {folder}; choose a place outside it</source>
        <translation>{path} is in the shop&apos;s backups folder {folder}; choose a place outside it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is larger than {limit} bytes; this is not an order file</source>
        <translation>{path} is larger than {limit} bytes; this is not an order file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is named like an XLSX workbook but is not one; open it in the spreadsheet program and save it as .xlsx or CSV</source>
        <translation>{path} is named like an XLSX workbook but is not one; open it in the spreadsheet program and save it as .xlsx or CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 CSV and try again</source>
        <translation>{path} is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 CSV and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is neither a Taobao order list (订单报表) nor its line list (宝贝报表); two files can only be such a pair</source>
        <translation>{path} is neither a Taobao order list (订单报表) nor its line list (宝贝报表); two files can only be such a pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Merchant Refunds database</source>
        <translation>{path} is not a Merchant Refunds database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable XLSX workbook: {error}</source>
        <translation>{path} is not a readable XLSX workbook: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a statement this program knows (Alipay, WeChat Pay, Stripe, PayPal); choose its format, or give a bank statement&apos;s column mapping</source>
        <translation>{path} is not a statement this program knows (Alipay, WeChat Pay, Stripe, PayPal); choose its format, or give a bank statement&apos;s column mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a text file (it contains binary data)</source>
        <translation>{path} is not a text file (it contains binary data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a {format} statement: no header row with the columns {columns}</source>
        <translation>{path} is not a {format} statement: no header row with the columns {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is protected with a password; save a copy without one and try again</source>
        <translation>{path} is protected with a password; save a copy without one and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is the shop&apos;s database; choose another file name</source>
        <translation>{path} is the shop&apos;s database; choose another file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is {size} MiB, more than the {limit} MiB a statement may be</source>
        <translation>{path} is {size} MiB, more than the {limit} MiB a statement may be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is {size} MiB, more than the {limit} MiB an import may be; split it into smaller files</source>
        <translation>{path} is {size} MiB, more than the {limit} MiB an import may be; split it into smaller files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} would unpack to {size} MiB in all, more than the {limit} MiB allowed; this is not an order export</source>
        <translation>{path} would unpack to {size} MiB in all, more than the {limit} MiB allowed; this is not an order export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line} contains a NUL character (binary data); this is not a text export</source>
        <translation>{path}, line {line} contains a NUL character (binary data); this is not a text export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line} is longer than {limit} characters; this is not an order export</source>
        <translation>{path}, line {line} is longer than {limit} characters; this is not an order export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}, column {column}: {detail}</source>
        <translation>{path}, line {line}, column {column}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}: a cell is longer than {limit} characters; this is not an order export</source>
        <translation>{path}, line {line}: a cell is longer than {limit} characters; this is not an order export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}: the text is not valid in the file&apos;s encoding (mixed encodings?); save it as UTF-8 and try again</source>
        <translation>{path}, line {line}: the text is not valid in the file&apos;s encoding (mixed encodings?); save it as UTF-8 and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, line {line}: {error} (is the file cut off or damaged?)</source>
        <translation>{path}, line {line}: {error} (is the file cut off or damaged?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, row {row} has {columns} columns, more than the {limit} an order export has</source>
        <translation>{path}, row {row} has {columns} columns, more than the {limit} an order export has</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, row {row}: the workbook is damaged ({error}); save it again and retry</source>
        <translation>{path}, row {row}: the workbook is damaged ({error}); save it again and retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: columns missing for the {format} format: {columns}</source>
        <translation>{path}: columns missing for the {format} format: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the format is not recognised; choose a column mapping (generic format)</source>
        <translation>{path}: the format is not recognised; choose a column mapping (generic format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what} is compressed {ratio} times over, far more than a real workbook; it is refused unopened (a zip bomb?)</source>
        <translation>{path}: {what} is compressed {ratio} times over, far more than a real workbook; it is refused unopened (a zip bomb?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what} would unpack to {size} MiB, more than the {limit} MiB allowed; this is not an order export</source>
        <translation>{path}: {what} would unpack to {size} MiB, more than the {limit} MiB allowed; this is not an order export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pattern} has two SKU rules; keep one</source>
        <translation>{pattern} has two SKU rules; keep one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refund_no} (approval and payout as every refund)</source>
        <translation>{refund_no} (approval and payout as every refund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} balance(s) at {day} written to {path} ({totals})</source>
        <translation>{rows} balance(s) at {day} written to {path} ({totals})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} rows written to {path}</source>
        <translation>{rows} rows written to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} stock movement(s) written to {path}</source>
        <translation>{rows} stock movement(s) written to {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sku} is both final sale and not final sale</source>
        <translation>{sku} is both final sale and not final sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec!r}: the unit after / is a number such as 2</source>
        <translation>{spec!r}: the unit after / is a number such as 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} to {day} by {user} on {at}: {reason}</source>
        <translation>{step} to {day} by {user} on {at}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symbol} is not a {currency} amount: {text}</source>
        <translation>{symbol} is not a {currency} amount: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} minor units cannot be split into {parts} instalments</source>
        <translation>{total} minor units cannot be split into {parts} instalments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} already holds a shop; copy only into an empty database</source>
        <translation>{url} already holds a shop; copy only into an empty database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} is a database on a PostgreSQL server: restore it there from its dump with pg_restore (see docs/operations.md)</source>
        <translation>{url} is a database on a PostgreSQL server: restore it there from its dump with pg_restore (see docs/operations.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date</source>
        <translation>{value!r} is not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the quantity must be a whole number, not {qty}</source>
        <translation>{what}: the quantity must be a whole number, not {qty}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the quantity must be at least 1, not {qty}</source>
        <translation>{what}: the quantity must be at least 1, not {qty}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {qty} is not a quantity</source>
        <translation>{what}: {qty} is not a quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {qty} units is too many</source>
        <translation>{what}: {qty} units is too many</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must be a JSON object {{…}}</source>
        <translation>{where} must be a JSON object {{…}}</translation>
    </message>
</context>
<context>
    <name>EnterKeyDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/shop_key.py" line="+283"/>
        <source>Enter recovery key</source>
        <translation>Enter recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key from the shop&apos;s recovery sheet: 14 groups of four letters and digits. Dashes, spaces and small letters do not matter.</source>
        <translation>Type the recovery key from the shop&apos;s recovery sheet: 14 groups of four letters and digits. Dashes, spaces and small letters do not matter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the key on this computer</source>
        <translation>Save the key on this computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the recovery key from the sheet.</source>
        <translation>Type the recovery key from the sheet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The shop key is saved on this computer (key id %1). Changes can be saved again.</source>
        <translation>The shop key is saved on this computer (key id %1). Changes can be saved again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/errors.py" line="+77"/>
        <source>Nothing was saved. If this keeps happening, check whether another counter is stuck in a long task.</source>
        <extracomment>Dialogs without a parent, kept alive until they close.</extracomment>
        <translation>Nothing was saved. If this keeps happening, check whether another counter is stuck in a long task.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved. Free some space on the disk, then try again.</source>
        <translation>Nothing was saved. Free some space on the disk, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another database file, or restore one of the backup copies.</source>
        <translation>Open another database file, or restore one of the backup copies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the newest Merchant Refunds version.</source>
        <translation>Install the newest Merchant Refunds version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the database file is reachable and try again.</source>
        <translation>Check that the database file is reachable and try again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="-311"/>
        <source>customer&apos;s request</source>
        <translation>customer&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection of the goods</source>
        <translation>inspection of the goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejection</source>
        <translation>rejection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos and PDF files (%1);;All files (*)</source>
        <translation>Photos and PDF files (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location line="+125"/>
        <source>Evidence</source>
        <extracomment>A refund&apos;s file and its small picture (None: not an image Qt can draw, or damaged).</extracomment>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2 · by %3 · SHA-256 %4</source>
        <extracomment>Per file, whether it shows its picture (else the plain file icon).</extracomment>
        <translation>%1 · %2 · by %3 · SHA-256 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attach photos or files</source>
        <translation>Attach photos or files</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/exchange_actions.py" line="+107"/>
        <source>No printer is set up</source>
        <translation>No printer is set up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a printer in the computer&apos;s settings, or print the exchange confirmation from the command line as a PDF.</source>
        <translation>Add a printer in the computer&apos;s settings, or print the exchange confirmation from the command line as a PDF.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the exchange confirmation…</source>
        <translation>Preparing the exchange confirmation…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer %1 is not available</source>
        <translation>The printer %1 is not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on and connected.</source>
        <translation>Check that it is switched on and connected.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Receive the goods of exchange %1</source>
        <translation>Receive the goods of exchange %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel exchange %1</source>
        <translation>Cancel exchange %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this exchange recorded by mistake? Its units count as not returned again. Reason (required):</source>
        <translation>Cancel this exchange recorded by mistake? Its units count as not returned again. Reason (required):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel exchange %1 of order %2? The customer&apos;s units count as not returned again.</source>
        <translation>Cancel exchange %1 of order %2? The customer&apos;s units count as not returned again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cancel exchange</source>
        <translation>Cancel exchange</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+98"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ExchangeBar</name>
    <message>
        <location line="+61"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print exchange…</source>
        <translation>Print exchange…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange confirmation for the customer to sign</source>
        <translation>The exchange confirmation for the customer to sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel exchange…</source>
        <translation>Cancel exchange…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive goods…</source>
        <translation>Receive goods…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record each unit back as it came: back into stock or written off</source>
        <translation>Record each unit back as it came: back into stock or written off</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/exchange_dialog.py" line="+76"/>
        <source>Exchange for order %1</source>
        <extracomment>Where a refund of the difference may go from this dialog; a bank transfer asks for the account, checked as the refund dialog checks it. Columns of the units-out table.</extracomment>
        <translation>Exchange for order %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record exchange</source>
        <translation>Record exchange</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Units the customer returns</source>
        <translation>Units the customer returns</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Units given to the customer (price as agreed, tax included)</source>
        <translation>Units given to the customer (price as agreed, tax included)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Card or account number, or IBAN</source>
        <translation>Card or account number, or IBAN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt number of the payment taken</source>
        <translation>Receipt number of the payment taken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner only: why the policy&apos;s block is overridden</source>
        <translation>Owner only: why the policy&apos;s block is overridden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units back are worth</source>
        <translation>Units back are worth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units out cost</source>
        <translation>Units out cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to</source>
        <translation>Refund to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose a reason to see the difference.</source>
        <translation>Choose a reason to see the difference.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the units back and add the units given.</source>
        <translation>Choose the units back and add the units given.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Refund to the customer: %1</source>
        <translation>Refund to the customer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer pays: %1</source>
        <translation>The customer pays: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even: no money changes hands (%1)</source>
        <translation>Even: no money changes hands (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/export_dialog.py" line="+42"/>
        <source>Refunds</source>
        <extracomment>(machine name, English source text in the &quot;ExportDialog&quot; context)</extracomment>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund lines</source>
        <translation>Refund lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal (double entry)</source>
        <translation>Journal (double entry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request date</source>
        <translation>Request date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval date</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout date</source>
        <translation>Payout date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+66"/>
        <source>Export</source>
        <extracomment>Set by Cancel; the worker checks it between pages (see ``cancel``).</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable column names (for scripts)</source>
        <translation>Machine-readable column names (for scripts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates by</source>
        <translation>Dates by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout method</source>
        <translation>Payout method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter</source>
        <translation>CSV delimiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column language</source>
        <translation>Column language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>%n row written to {path}</numerusform>
            <numerusform>%n rows written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed; no file was written.</source>
        <translation>The export failed; no file was written.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/deadline_dialog.py" line="+57"/>
        <source>Extend deadline</source>
        <extracomment>Which field a refusal of ``services.deadlines.extend`` belongs under.</extracomment>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. the customer asked for time; goods at customs</source>
        <translation>e.g. the customer asked for time; goods at customs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 · %2 · last day %3</source>
        <translation>Refund %1 · %2 · last day %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal deadline cannot be extended; this moves only the shop&apos;s own.</source>
        <translation>The legal deadline cannot be extended; this moves only the shop&apos;s own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New last day</source>
        <translation>New last day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/aftercare_dialogs.py" line="+95"/>
        <source>Customer feedback for %1</source>
        <translation>Customer feedback for %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> of 5</source>
        <translation> of 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="-177"/>
        <source>Add photos or files…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attach photos or files</source>
        <translation>Attach photos or files</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/first_start.py" line="+24"/>
        <source>A phone number has digits, spaces and + - ( ) only.</source>
        <translation>A phone number has digits, spaces and + - ( ) only.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Set up Merchant Refunds</source>
        <translation>Set up Merchant Refunds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome! Tell us about the shop and choose the owner&apos;s PIN. You can change all of this later in Settings.</source>
        <translation>Welcome! Tell us about the shop and choose the owner&apos;s PIN. You can change all of this later in Settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: wang</source>
        <translation>for example: wang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in demo orders so I can try things out first</source>
        <translation>Fill in demo orders so I can try things out first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please enter the shop&apos;s name.</source>
        <translation>Please enter the shop&apos;s name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../merchant_refunds/ui/followup/followup_model.py" line="+29"/>
        <source>Legal deadline passed</source>
        <translation>Legal deadline passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment due</source>
        <translation>Instalment due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for supplier</source>
        <translation>Waiting for supplier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal deadline near</source>
        <extracomment>A statutory row not yet late is &quot;Legal deadline near&quot;, not &quot;passed&quot;.</extracomment>
        <translation>Legal deadline near</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Note or reason</source>
        <translation>Note or reason</translation>
    </message>
    <message>
        <location filename="../../merchant_refunds/ui/followup/followup_view.py" line="+134"/>
        <source>Chinese notice</source>
        <extracomment>Starting widths that fit a 1366-pixel screen; the last column (why) takes the rest, and the selected row&apos;s reason is also written out in full under the table. Room beside a column&apos;s name (margins, the sort arrow). The notice that fits each kind of problem. The rows whose due date is the shop&apos;s own limit, which an owner may extend.</extracomment>
        <translation>Chinese notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English notice</source>
        <translation>English notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <location line="+2"/>
        <source>Confirm received</source>
        <translation>Confirm received</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Mark failed…</source>
        <translation>Mark failed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare notice</source>
        <translation>Prepare notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier&apos;s answer…</source>
        <translation>Supplier&apos;s answer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n thing(s) need attention</source>
        <translation>
            <numerusform>%n thing needs attention</numerusform>
            <numerusform>%n things need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n past the legal refund deadline</source>
        <translation>
            <numerusform>%n past the legal refund deadline</numerusform>
            <numerusform>%n past the legal refund deadline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Confirm that %1 received %2 for refund %3?</source>
        <translation>Confirm that %1 received %2 for refund %3?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Payout failed</source>
        <translation>Payout failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened? (the bank&apos;s or customer&apos;s words)</source>
        <translation>What happened? (the bank&apos;s or customer&apos;s words)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done or said?</source>
        <translation>What was done or said?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The notice was e-mailed to the customer.</source>
        <translation>The notice was e-mailed to the customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice text is on the clipboard; send it to the customer.</source>
        <translation>The notice text is on the clipboard; send it to the customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice could not be sent and is kept as unsent: %1</source>
        <translation>The notice could not be sent and is kept as unsent: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the notice: %1</source>
        <translation>The mail server refused the notice: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longer than one SMS (%1 of %2 characters).</source>
        <translation>Longer than one SMS (%1 of %2 characters).</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_view.py" line="+212"/>
        <source>Language on this computer</source>
        <translation>Language on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the screen after this much time without use</source>
        <translation>Lock the screen after this much time without use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/guards.py" line="+124"/>
        <location line="+19"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard your input?</source>
        <translation>Discard your input?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this window has not been saved. Close it and lose it?</source>
        <translation>What you typed in this window has not been saved. Close it and lose it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/import_dialog.py" line="+142"/>
        <source>Import orders</source>
        <translation>Import orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file&apos;s format is not known. Choose which column holds each field:</source>
        <translation>This file&apos;s format is not known. Choose which column holds each field:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remember this mapping for files from</source>
        <translation>Remember this mapping for files from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source name, e.g. JD.com</source>
        <translation>source name, e.g. JD.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the good orders and leave out the failing or conflicting ones</source>
        <translation>Import the good orders and leave out the failing or conflicting ones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save list…</source>
        <translation>Save list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an order export (for Taobao/Tmall, its order list and line list)</source>
        <translation>Choose an order export (for Taobao/Tmall, its order list and line list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Order exports (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Taobao / Tmall</source>
        <translation>Taobao / Tmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic template</source>
        <translation>Generic template</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detected format: —</source>
        <translation>Detected format: —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (map the columns below)</source>
        <translation>unknown (map the columns below)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taobao / Tmall, order list and line list</source>
        <translation>Taobao / Tmall, order list and line list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected format: %1 · %2 · %3 columns</source>
        <translation>Detected format: %1 · %2 · %3 columns</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the orders left out</source>
        <translation>Save the orders left out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the list to %1</source>
        <translation>Saved the list to %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New: %1 · Unchanged: %2 · Changed: %3 · Failing: %4 · Conflicts: %5</source>
        <translation>New: %1 · Unchanged: %2 · Changed: %3 · Failing: %4 · Conflicts: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · Platform refunds made here: %1</source>
        <translation> · Platform refunds made here: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. %1</source>
        <translation>Imported. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The good orders were imported; the %1 listed below were left out.</source>
        <translation>The good orders were imported; the %1 listed below were left out.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/formatting.py" line="+26"/>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, not started</source>
        <translation>Pre-sale, not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-sale, in production</source>
        <translation>Pre-sale, in production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+83"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+9"/>
        <location line="+82"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Quality problem</source>
        <translation>Quality problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed mind (7-day no-reason return)</source>
        <translation>Changed mind (7-day no-reason return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged in transit</source>
        <translation>Damaged in transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate payment</source>
        <translation>Duplicate payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>Price adjustment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Compensation (goods kept)</source>
        <translation>Compensation (goods kept)</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+201"/>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+12"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UnionPay</source>
        <translation>UnionPay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Credit card</translation>
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
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Refund to original payment</source>
        <translation>Refund to original payment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount share</source>
        <translation>Discount share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded by amount</source>
        <translation>Already refunded by amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund by amount</source>
        <translation>Refund by amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee</source>
        <translation>Restocking fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deduction</source>
        <translation>Return shipping deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>Cross-border fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Deduction for diminished value</source>
        <translation>Deduction for diminished value</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Return postage paid back</source>
        <translation>Return postage paid back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund total</source>
        <translation>Refund total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in another currency</source>
        <translation>Paid in another currency</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund requested</source>
        <extracomment>Audit actions as the timeline shows them.</extracomment>
        <translation>Refund requested</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved: single-owner self-approval (PIN re-entered)</source>
        <translation>Approved: single-owner self-approval (PIN re-entered)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed confirmation recorded</source>
        <translation>Signed confirmation recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods received</source>
        <translation>Returned goods received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid out in full</source>
        <translation>Paid out in full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payout sent</source>
        <translation>Payout sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout received by the customer</source>
        <translation>Payout received by the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout failed</source>
        <translation>Payout failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation printed</source>
        <translation>Confirmation printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature proof stored</source>
        <translation>Signature proof stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file attached</source>
        <translation>Evidence file attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund payout failed</source>
        <translation>Refund payout failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback recorded</source>
        <translation>Customer feedback recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up note added</source>
        <translation>Follow-up note added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier answer recorded</source>
        <translation>Supplier answer recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended by the owner</source>
        <translation>Deadline extended by the owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up digest e-mailed to the owner</source>
        <translation>Follow-up digest e-mailed to the owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout scheduled</source>
        <translation>Payout scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout retried</source>
        <translation>Payout retried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice prepared</source>
        <translation>Customer notice prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice sent</source>
        <translation>Customer notice sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice marked unsent</source>
        <translation>Customer notice marked unsent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer notice failed</source>
        <translation>Customer notice failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order added</source>
        <translation>Order added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order imported</source>
        <translation>Order imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order updated by an import</source>
        <translation>Order updated by an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order edited: delivery date, category or final sale</source>
        <translation>Order edited: delivery date, category or final sale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order file imported</source>
        <translation>Order file imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange recorded</source>
        <translation>Exchange recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange cancelled</source>
        <translation>Exchange cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged goods received</source>
        <translation>Exchanged goods received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit issued</source>
        <translation>Store credit issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit used</source>
        <translation>Store credit used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit paid out in cash</source>
        <translation>Store credit paid out in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User reactivated</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User deactivated</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User role changed</source>
        <translation>User role changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN entered</source>
        <translation>Wrong PIN entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN re-stored with a stronger hash</source>
        <translation>PIN re-stored with a stronger hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN changed by its user</source>
        <translation>PIN changed by its user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop details changed</source>
        <translation>Shop details changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund policy changed</source>
        <translation>Refund policy changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods changed</source>
        <translation>Payment methods changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account codes changed</source>
        <translation>Account codes changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice template changed</source>
        <translation>Notice template changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection reasons changed</source>
        <translation>Rejection reasons changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail settings changed</source>
        <translation>E-mail settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s digest settings changed</source>
        <translation>Owner&apos;s digest settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates entered</source>
        <translation>Exchange rates entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment statement reconciled</source>
        <translation>Payment statement reconciled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock changed</source>
        <translation>Idle lock changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest PIN changed</source>
        <translation>Shortest PIN changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import column mapping saved</source>
        <translation>Import column mapping saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU rules changed</source>
        <translation>SKU rules changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database backed up</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database restored</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database recovered</source>
        <translation>Database recovered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the database saved</source>
        <translation>Copy of the database saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN entered (counted before it is checked)</source>
        <translation>PIN entered (counted before it is checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed a decision with the PIN</source>
        <translation>Confirmed a decision with the PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail keyed with the shop key</source>
        <translation>Audit trail keyed with the shop key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records as they stood when the trail was keyed</source>
        <translation>Records as they stood when the trail was keyed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop key&apos;s recovery sheet shown</source>
        <translation>Shop key&apos;s recovery sheet shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily closing recorded</source>
        <translation>Daily closing recorded</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resaleable</source>
        <extracomment>Returned units: their condition and where they went (the stock ledger).</extracomment>
        <translation>Resaleable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned to stock</source>
        <translation>Returned to stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged out</source>
        <translation>Exchanged out</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Taobao</source>
        <extracomment>Where orders come from (``Order.source``): the platforms&apos; names as the shop knows them.</extracomment>
        <translation>Taobao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tmall</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD.com</source>
        <translation>JD.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin shop</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youzan</source>
        <translation>Youzan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat shop</source>
        <translation>WeChat shop</translation>
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
        <translation>Imported file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop counter</source>
        <translation>Shop counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Price difference</source>
        <extracomment>What a refund by amount is (``domain.amount_refunds.AmountKind``).</extracomment>
        <translation>Price difference</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Made to order</source>
        <extracomment>Product categories the program knows (``OrderLine.category``): those a no-reason return excludes by law (``DEFAULT_EXCLUDED_CATEGORIES``) first, then common shop goods. A shop&apos;s own category (a SKU rule&apos;s, an import&apos;s) is shown as it is written.</extracomment>
        <translation>Made to order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh and perishable goods</source>
        <translation>Fresh and perishable goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsealed audio, video and software</source>
        <translation>Unsealed audio, video and software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newspapers and magazines</source>
        <translation>Newspapers and magazines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household appliances</source>
        <translation>Household appliances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home goods</source>
        <translation>Home goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stationery</source>
        <translation>Stationery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableware</source>
        <translation>Tableware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea</source>
        <translation>Tea</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/launch.py" line="+120"/>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the audit trail and every record against it…</source>
        <translation>Checking the audit trail and every record against it…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a year of demo orders…</source>
        <translation>Making a year of demo orders…</translation>
    </message>
    <message>
        <location filename="../../merchant_refunds/ui/common/i18n.py" line="+106"/>
        <location filename="../../merchant_refunds/ui/shell/launch.py" line="+94"/>
        <source>Merchant Refunds</source>
        <extracomment>Shown in their own language, so anyone can find theirs whatever language is active.</extracomment>
        <translation>Merchant Refunds</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/login.py" line="+120"/>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen was locked. Type a PIN to continue.</source>
        <translation>The screen was locked. Type a PIN to continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your PIN is shorter than this shop now requires (at least %1 digits). Choose a new PIN to continue.</source>
        <translation>Your PIN is shorter than this shop now requires (at least %1 digits). Choose a new PIN to continue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a user first.</source>
        <translation>Choose a user first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/main_window.py" line="+242"/>
        <source>Merchant Refunds</source>
        <extracomment>Settings comes last, after the views listed in ``navigation.EXTRA_VIEWS``. The views not shown at the start are built after the Orders list has loaded, or after this long if it never does (an error): long enough that a busy machine paints the first rows first. The progress window of the slow work running now (a backup, a copy). The Orders view has painted its first rows; the rest waits for that too. The language the views were built in; a switch to another rebuilds them. A digest asked for before the first rows were painted, sent after them.</extracomment>
        <translation>Merchant Refunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy of the database…</source>
        <translation>&amp;Save a copy of the database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;PIN…</source>
        <translation>Change my &amp;PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New refund for the selected order</source>
        <translation>&amp;New refund for the selected order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Merchant Refunds</source>
        <translation>&amp;About Merchant Refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import orders…</source>
        <translation>&amp;Import orders…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked. Type a PIN to continue.</source>
        <translation>Locked. Type a PIN to continue.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print preview of the refund shown…</source>
        <translation>&amp;Print preview of the refund shown…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refreshed.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to print here: pick a refund, or an order with refunds.</source>
        <translation>Nothing to print here: pick a refund, or an order with refunds.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unsaved settings</source>
        <translation>Unsaved settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: your changes are not saved. Leave and lose them?</source>
        <translation>%1: your changes are not saved. Leave and lose them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation>Leave without saving</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Today&apos;s follow-up digest was e-mailed to the owner.</source>
        <translation>Today&apos;s follow-up digest was e-mailed to the owner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>The follow-up digest could not be sent: %1</source>
        <translation>The follow-up digest could not be sent: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a Merchant Refunds database</source>
        <translation>Open a Merchant Refunds database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant Refunds database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Merchant Refunds database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Save a copy of the database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Merchant Refunds database (*.sqlite3)</source>
        <translation>Merchant Refunds database (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Saving a copy…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About Merchant Refunds</source>
        <translation>About Merchant Refunds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merchant Refunds %1
Refunds for small shops, offline, exact to the cent.</source>
        <translation>Merchant Refunds %1
Refunds for small shops, offline, exact to the cent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ships with these parts, under their licences:</source>
        <translation>It ships with these parts, under their licences:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full licence of the bundled font is in %1.</source>
        <translation>The full licence of the bundled font is in %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A window still holds input that is not saved. Quit and lose it?</source>
        <translation>A window still holds input that is not saved. Quit and lose it?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/navigation.py" line="+32"/>
        <source>Follow-up</source>
        <extracomment>Who sees the view at all (None: everyone); the others do not get a greyed-out page.</extracomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/new_order_dialog.py" line="+89"/>
        <source>New order</source>
        <extracomment>Service error codes and the field they are shown beside. The domain&apos;s name for a text (``check_text``&apos;s ``what``) and the field it is typed in.</extracomment>
        <translation>New order</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate %</source>
        <translation>Tax rate %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final sale</source>
        <translation>Final sale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payer account</source>
        <translation>Payer account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order discount (coupon)</source>
        <translation>Order discount (coupon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Create order</source>
        <translation>Create order</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the quantity must be a whole number</source>
        <translation>the quantity must be a whole number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the tax rate is a percentage</source>
        <translation>the tax rate is a percentage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order discount</source>
        <translation>Order discount</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_notices.py" line="+34"/>
        <source>Request received</source>
        <translation>Request received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected, with the reason</source>
        <translation>Rejected, with the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, with the expected arrival</source>
        <translation>Paid, with the expected arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: apology</source>
        <translation>Overdue: apology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money received</source>
        <translation>Money received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the last day the refund will be paid by</source>
        <extracomment>What each placeholder stands for, shown as the placeholder line&apos;s tooltip.</extracomment>
        <translation>the last day the refund will be paid by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sentence stating that day (empty when no limit applies)</source>
        <translation>a sentence stating that day (empty when no limit applies)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Notice texts</source>
        <extracomment>The mail-server field a ``set_smtp`` refusal belongs under.</extracomment>
        <translation>Notice texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placeholders: %1. An empty text restores the default.</source>
        <translation>Placeholders: %1. An empty text restores the default.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mail server (leave empty to copy notices instead)</source>
        <translation>Mail server (leave empty to copy notices instead)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged (kept in the system keyring)</source>
        <translation>unchanged (kept in the system keyring)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s daily digest</source>
        <translation>Owner&apos;s daily digest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail me once a day what is late or due soon (while the program runs)</source>
        <translation>E-mail me once a day what is late or due soon (while the program runs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/order_detail.py" line="+69"/>
        <location line="+99"/>
        <source>New refund…</source>
        <translation>New refund…</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+110"/>
        <location line="+4"/>
        <location line="+22"/>
        <source>Refund part or all of this order (Ctrl+N)</source>
        <translation>Refund part or all of this order (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+98"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+97"/>
        <source>Set the delivery date, a line&apos;s category or final sale (never amounts)</source>
        <translation>Set the delivery date, a line&apos;s category or final sale (never amounts)</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+96"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+90"/>
        <source>Store credit…</source>
        <translation>Store credit…</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+89"/>
        <source>The customer&apos;s store-credit ledger: use it at the counter or pay it out</source>
        <translation>The customer&apos;s store-credit ledger: use it at the counter or pay it out</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Exchange…</source>
        <translation>Exchange…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take units back and give others, settling the difference</source>
        <translation>Take units back and give others, settling the difference</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Everything paid on this order has been refunded.</source>
        <translation>Everything paid on this order has been refunded.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The confirmation of refund %1 in print preview (Ctrl+P)</source>
        <translation>The confirmation of refund %1 in print preview (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no refund to print yet</source>
        <translation>This order has no refund to print yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an order in the list to see its lines and refunds.</source>
        <translation>Pick an order in the list to see its lines and refunds.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid after discounts</source>
        <translation>Paid after discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Still refundable</source>
        <translation>Still refundable</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final sale</source>
        <translation>final sale</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order discount</source>
        <translation>Order discount</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No refunds yet.</source>
        <translation>No refunds yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difference refunded %1</source>
        <translation>difference refunded %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference paid by the customer %1</source>
        <translation>difference paid by the customer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no difference</source>
        <translation>no difference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/order_edit_dialog.py" line="+53"/>
        <source>Edit order %1</source>
        <translation>Edit order %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final sale</source>
        <translation>Final sale</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Amounts are never edited here. Only the owner changes categories and final sale.</source>
        <extracomment>Each line&apos;s category, picked by its name (a shop&apos;s own may be typed).</extracomment>
        <translation>Amounts are never edited here. Only the owner changes categories and final sale.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/order_table_model.py" line="+21"/>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/orders_view.py" line="+103"/>
        <source>Search order number, customer name or phone</source>
        <extracomment>Typing pauses shorter than this are one search, not one per keystroke. A date edit showing its minimum means &quot;no limit&quot;. Posted to the view when the rows on screen are painted: the work that waited starts after. A table on screen that is not painted within this long (a minimised window) starts anyway. The search whose first page is shown while its whole list loads. Started once the rows shown now are painted (``_after_rows_painted``). The confirmation shown in preview right after a request was saved.</extracomment>
        <translation>Search order number, customer name or phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All payment methods</source>
        <translation>All payment methods</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>New order…</source>
        <translation>New order…</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Refund %1 was saved: %2, %3. Print the confirmation for the customer to sign.</source>
        <translation>Refund %1 was saved: %2, %3. Print the confirmation for the customer to sign.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the orders your shop platform exported (CSV or Excel), or add an order by hand. Refunds start from an order.</source>
        <translation>Import the orders your shop platform exported (CSV or Excel), or add an order by hand. Refunds start from an order.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import orders…</source>
        <translation>Import orders…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>No order found</source>
        <translation>No order found</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>any day</source>
        <translation>any day</translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/owner_pin.py" line="+42"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the owner&apos;s name and PIN.</source>
        <translation>Type the owner&apos;s name and PIN.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_payments.py" line="+49"/>
        <source>Payment method (tick if the shop uses it)</source>
        <translation>Payment method (tick if the shop uses it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest arrival (business days)</source>
        <translation>Earliest arrival (business days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest arrival (business days)</source>
        <translation>Latest arrival (business days)</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_actions.py" line="+285"/>
        <source>Record payout for %1</source>
        <extracomment>Wide enough for a bank account number, an instalment plan and the hint on two lines.</extracomment>
        <translation>Record payout for %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transaction or transfer number</source>
        <extracomment>What the policy still allows: its maximum less the payouts already made or planned.</extracomment>
        <translation>Transaction or transfer number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left to pay: %1. A smaller amount is an instalment (large refunds only).</source>
        <translation>Left to pay: %1. A smaller amount is an instalment (large refunds only).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay in one go</source>
        <translation>Pay in one go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> instalments</source>
        <translation> instalments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days apart</source>
        <translation> days apart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Pay %1 to %2 by %3 in %4 instalments for refund %5?</source>
        <translation>Pay %1 to %2 by %3 in %4 instalments for refund %5?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay %1 to %2 by %3 for refund %5?</source>
        <translation>Pay %1 to %2 by %3 for refund %5?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record payout</source>
        <translation>Record payout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_policy.py" line="+54"/>
        <source>Always refund shipping</source>
        <translation>Always refund shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund shipping when the whole order comes back</source>
        <translation>Refund shipping when the whole order comes back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund shipping only when the shop is at fault</source>
        <translation>Refund shipping only when the shop is at fault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never refund shipping</source>
        <translation>Never refund shipping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop bears it</source>
        <translation>The shop bears it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deducted from the customer&apos;s refund</source>
        <translation>Deducted from the customer&apos;s refund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another owner; the only owner with his PIN</source>
        <translation>Another owner; the only owner with his PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another owner only</source>
        <translation>Another owner only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another owner or the accountant</source>
        <translation>Another owner or the accountant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business days</source>
        <translation>Business days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Refund window per reason (days after delivery)</source>
        <extracomment>The deadline limits typed as text (empty: no limit): name -&gt; (lowest, highest, optional).</extracomment>
        <translation>Refund window per reason (days after delivery)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping, fees and thresholds</source>
        <translation>Shipping, fees and thresholds</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Second approver</source>
        <translation>Second approver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who approves a refund at or above the second-approval threshold that an owner requested himself. A clerk&apos;s request is approved by any owner.</source>
        <translation>Who approves a refund at or above the second-approval threshold that an owner requested himself. A clerk&apos;s request is approved by any owner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restocking fee (%)</source>
        <translation>Restocking fee (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return shipping deducted</source>
        <translation>Return shipping deducted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second approval from</source>
        <translation>Second approval from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refund from</source>
        <translation>Large refund from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee (%)</source>
        <translation>Cross-border fee (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return postage paid back, at most</source>
        <translation>Return postage paid back, at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction for diminished value, at most (% of a unit)</source>
        <translation>Deduction for diminished value, at most (% of a unit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-border fee</source>
        <translation>Cross-border fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay only after returned goods have arrived</source>
        <translation>Pay only after returned goods have arrived</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instalments and exclusions</source>
        <translation>Instalments and exclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large refunds may be paid in instalments</source>
        <translation>Large refunds may be paid in instalments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> instalments</source>
        <translation> instalments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded from no-reason returns</source>
        <translation>Excluded from no-reason returns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines and reminders</source>
        <translation>Deadlines and reminders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide a request within (hours)</source>
        <translation>Decide a request within (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay an approved refund within (days)</source>
        <translation>Pay an approved refund within (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind this many days before</source>
        <translation>Remind this many days before</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the days as</source>
        <translation>Count the days as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal refund deadline</source>
        <translation>Legal refund deadline</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave a limit empty for none. The law&apos;s deadline cannot be extended; the shop&apos;s own limits can, refund by refund.</source>
        <translation>Leave a limit empty for none. The law&apos;s deadline cannot be extended; the shop&apos;s own limits can, refund by refund.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a whole number from %1 to %2</source>
        <translation>Type a whole number from %1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, or leave it empty for no limit</source>
        <translation>, or leave it empty for no limit</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Type a percentage from 0 to 100, at most two decimals: for example 2.5</source>
        <translation>Type a percentage from 0 to 100, at most two decimals: for example 2.5</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="+68"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save signed copy…</source>
        <translation>Save signed copy…</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+50"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No printer is set up; save as PDF instead</source>
        <translation>No printer is set up; save as PDF instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a printer in the computer&apos;s settings, or use Save as PDF and print the file elsewhere.</source>
        <translation>Add a printer in the computer&apos;s settings, or use Save as PDF and print the file elsewhere.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The printer %1 is not available</source>
        <translation>The printer %1 is not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on and connected, or save as PDF instead.</source>
        <translation>Check that it is switched on and connected, or save as PDF instead.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save confirmation as PDF</source>
        <translation>Save confirmation as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Preparing %1 confirmations…</source>
        <translation>Preparing %1 confirmations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save signed confirmation</source>
        <translation>Save signed confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed confirmation (*%1)</source>
        <translation>Signed confirmation (*%1)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_view.py" line="-118"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (image file)</source>
        <translation>Logo (image file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (for business days)</source>
        <translation>Country (for business days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Choose the shop&apos;s logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please enter the shop&apos;s name.</source>
        <translation>Please enter the shop&apos;s name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The logo file does not exist.</source>
        <translation>The logo file does not exist.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/print_actions.py" line="-480"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/rates_dialog.py" line="+41"/>
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in other currencies are booked in %1 in the journal. Enter how many %1 one unit was worth on a day; a day without a rate takes the newest of the 7 days before it.</source>
        <translation>Refunds in other currencies are booked in %1 in the journal. Enter how many %1 one unit was worth on a day; a day without a rate takes the newest of the 7 days before it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate in %1</source>
        <translation>Rate in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No exchange rates entered yet.</source>
        <translation>No exchange rates entered yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 0.0478</source>
        <translation>e.g. 0.0478</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rate</source>
        <translation>Add rate</translation>
    </message>
</context>
<context>
    <name>ReceiveGoodsDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/goods_dialogs.py" line="-135"/>
        <source>Receive returned goods</source>
        <extracomment>Refusals of a deduction&apos;s reason (the rest concern the amount).</extracomment>
        <translation>Receive returned goods</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record each unit as it came back. Resaleable and opened units go back into stock, damaged ones and those with parts missing are written off, unless you choose otherwise.</source>
        <translation>Record each unit as it came back. Resaleable and opened units go back into stock, damaged ones and those with parts missing are written off, unless you choose otherwise.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/reconcile_dialog.py" line="+50"/>
        <source>Reconcile a payment statement</source>
        <extracomment>Rows of each list shown in the dialog; the saved lists hold them all.</extracomment>
        <translation>Reconcile a payment statement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider&apos;s statement (CSV)</source>
        <translation>The provider&apos;s statement (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay account statement</source>
        <translation>Alipay account statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay bill</source>
        <translation>WeChat Pay bill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank statement</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconcile</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save unmatched…</source>
        <translation>Save unmatched…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save missing…</source>
        <translation>Save missing…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider reference</source>
        <translation>Provider reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank columns (JSON)</source>
        <translation>Bank columns (JSON)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a statement</source>
        <translation>Choose a statement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statements (*.csv *.txt)</source>
        <translation>Statements (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the statement and matching payouts…</source>
        <translation>Reading the statement and matching payouts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciling the statement…</source>
        <translation>Reconciling the statement…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown period</source>
        <translation>unknown period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {rows} rows, {refunds} refunds, {period}.</source>
        <translation>{file}: {rows} rows, {refunds} refunds, {period}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Would mark {n} payouts arrived; {matched} already matched, {received} already received. Nothing has been changed yet.</source>
        <translation>Would mark {n} payouts arrived; {matched} already matched, {received} already received. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked {n} payouts arrived and completed {completed} refunds; {matched} already matched, {received} already received.</source>
        <translation>Marked {n} payouts arrived and completed {completed} refunds; {matched} already matched, {received} already received.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement refunds with no payout here: {n}</source>
        <translation>Statement refunds with no payout here: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payouts the statement does not show: {n}</source>
        <translation>Payouts the statement does not show: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payout here</source>
        <translation>No payout here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference found, amount differs</source>
        <translation>Reference found, amount differs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several payouts of this amount</source>
        <translation>Several payouts of this amount</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save list</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/shell/recovery.py" line="+30"/>
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 is damaged and cannot be used safely.</source>
        <translation>The database %1 is damaged and cannot be used safely.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest good backup is from %1. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</source>
        <translation>The newest good backup is from %1. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the name and PIN of an owner as they were when the backup of %1 was made.</source>
        <translation>Type the name and PIN of an owner as they were when the backup of %1 was made.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/shop_key.py" line="-198"/>
        <location line="+101"/>
        <source>Shop key recovery sheet</source>
        <translation>Shop key recovery sheet</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>The shop is set up. Its records are protected by a shop key that is kept on this computer, not in the database. Write this recovery key on paper, or print the sheet now, and keep the paper away from the computer.</source>
        <translation>The shop is set up. Its records are protected by a shop key that is kept on this computer, not in the database. Write this recovery key on paper, or print the sheet now, and keep the paper away from the computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the shop&apos;s recovery key. Keep it on paper, away from the computer.</source>
        <translation>This is the shop&apos;s recovery key. Keep it on paper, away from the computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You need it on a new computer, on a second counter on the same server, and after a disk failure. Anyone who has it and the database file can rewrite the records: keep it like the key to a safe.</source>
        <translation>You need it on a new computer, on a second counter on the same server, and after a disk failure. Anyone who has it and the database file can rewrite the records: keep it like the key to a safe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the recovery sheet to %1</source>
        <translation>Saved the recovery sheet to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print it, keep the paper away from the computer, then delete the file.</source>
        <translation>Print it, keep the paper away from the computer, then delete the file.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The printer %1 is not available</source>
        <translation>The printer %1 is not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is switched on and connected, or save as PDF instead.</source>
        <translation>Check that it is switched on and connected, or save as PDF instead.</translation>
    </message>
</context>
<context>
    <name>RefundDetailPanel</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_detail.py" line="+79"/>
        <source>No refund selected</source>
        <extracomment>The refund&apos;s due dates, the law&apos;s limit and the owner&apos;s extensions, with the policy whose rules explain them (None where not read). The returned units as inspected and the return postage (None where not read).</extracomment>
        <translation>No refund selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a refund in the list to see it and act on it.</source>
        <translation>Pick a refund in the list to see it and act on it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund %1 · %2</source>
        <translation>Refund %1 · %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+184"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay back by</source>
        <translation>Pay back by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>Returned goods</source>
        <translation>Returned goods</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not received yet</source>
        <translation>not received yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected because</source>
        <translation>Rejected because</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block overridden because</source>
        <translation>Block overridden because</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 asked on %2: %3</source>
        <translation>%1 asked on %2: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>waiting for the supplier&apos;s agreement</source>
        <translation>waiting for the supplier&apos;s agreement</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Refund by amount</source>
        <translation>Refund by amount</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overridden by</source>
        <translation>Overridden by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, at %2&apos;s counter</source>
        <translation>%1, at %2&apos;s counter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer feedback</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file on record</source>
        <translation>no file on record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed on screen</source>
        <translation>signed on screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scan of the signed paper attached</source>
        <translation>scan of the signed paper attached</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recorded by %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needed before payment, not signed yet</source>
        <translation>needed before payment, not signed yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whole order</source>
        <translation>whole order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2, no units taken</source>
        <translation>%1 on %2, no units taken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, receipt %2</source>
        <translation>%1, receipt %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owner&apos;s override by %1: %2</source>
        <translation>owner&apos;s override by %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: last day %2 (%3)</source>
        <translation>%1: last day %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Legal deadline %1: %2</source>
        <translation>Legal deadline %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 extended to %2 by %3 on %4: %5</source>
        <translation>%1 extended to %2 by %3 on %4: %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The legal refund deadline (%1) was missed</source>
        <translation>The legal refund deadline (%1) was missed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second person, not the requester, must approve.</source>
        <translation>A second person, not the requester, must approve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision yet.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 on %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(at %1&apos;s counter, with his PIN)</source>
        <translation>(at %1&apos;s counter, with his PIN)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Single-owner self-approval (PIN re-entered)</source>
        <translation>Single-owner self-approval (PIN re-entered)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing paid yet.</source>
        <translation>Nothing paid yet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still to pay: %1</source>
        <translation>Still to pay: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 – %2</source>
        <translation>expected %1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_dialog.py" line="+87"/>
        <source>Refund for order %1</source>
        <extracomment>The longest note the services accept (``refund_requests``), checked as it is typed. Error codes that belong to the bank-account fields rather than to the refund as a whole.</extracomment>
        <translation>Refund for order %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request refund</source>
        <translation>Request refund</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Order %1 · %2 · paid %3 · still refundable %4</source>
        <translation>Order %1 · %2 · paid %3 · still refundable %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for line</source>
        <translation>Paid for line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund units</source>
        <translation>Refund units</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (final sale)</source>
        <translation> (final sale)</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+73"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everything left</source>
        <translation>Everything left</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+79"/>
        <source>Shipping (%1 left)</source>
        <translation>Shipping (%1 left)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refund an amount instead of units</source>
        <translation>Refund an amount instead of units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount, e.g. 10.00</source>
        <translation>Amount, e.g. 10.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole order (shared by what is left)</source>
        <translation>Whole order (shared by what is left)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2 (%3 left)</source>
        <translation>Line %1: %2 (%3 left)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the customer said, what you saw</source>
        <translation>What the customer said, what you saw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The goods come back</source>
        <translation>The goods come back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos, files</source>
        <translation>Photos, files</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt or tracking number</source>
        <translation>Receipt or tracking number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: why it is paid back though the shop is not at fault</source>
        <translation>Owner: why it is paid back though the shop is not at fault</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return postage paid back</source>
        <translation>Return postage paid back</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where the money goes</source>
        <translation>Where the money goes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card or account number, or IBAN</source>
        <translation>Card or account number, or IBAN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 0.1389</source>
        <translation>e.g. 0.1389</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay back by</source>
        <translation>Pay back by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay in currency</source>
        <translation>Pay in currency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange rate (1 %1 =)</source>
        <translation>Exchange rate (1 %1 =)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate date</source>
        <translation>Rate date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override the block because (required, recorded):</source>
        <translation>Override the block because (required, recorded):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the refund is right despite the block</source>
        <translation>Why the refund is right despite the block</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This refund is blocked. Only the owner can override a block: give the reason, then ask the owner to authorise it here with his name and PIN.</source>
        <translation>This refund is blocked. Only the owner can override a block: give the reason, then ask the owner to authorise it here with his name and PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the owner…</source>
        <translation>Ask the owner…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Type the amount to refund.</source>
        <translation>Type the amount to refund.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>line %1, %2</source>
        <translation>line %1, %2</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Ask the owner</source>
        <translation>Ask the owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorise</source>
        <translation>Authorise</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The owner overrides the block here with his name and PIN; you stay signed in, and the refund records both names. Reason: %1</source>
        <translation>The owner overrides the block here with his name and PIN; you stay signed in, and the refund records both names. Reason: %1</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Choose a reason to see the refund amount.</source>
        <translation>Choose a reason to see the refund amount.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the units to refund, or shipping.</source>
        <translation>Choose the units to refund, or shipping.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>line %1, %2 of %3 units</source>
        <translation>line %1, %2 of %3 units</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund total: %1</source>
        <translation>Refund total: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paid as %1</source>
        <translation>paid as %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tax included %1</source>
        <translation>tax included %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate %1 on %2</source>
        <translation>rate %1 on %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>borne by the customer</source>
        <translation>borne by the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borne by the shop</source>
        <translation>borne by the shop</translation>
    </message>
</context>
<context>
    <name>RefundTableModel</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_table_model.py" line="+26"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund no.</source>
        <translation>Refund no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>RefundsView</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refunds_view.py" line="+157"/>
        <source>Search refund number, order number or customer</source>
        <extracomment>The tabs, in the order a refund moves through them; None is &quot;all&quot;. Who may do what (mirrors the services&apos; ``require_role`` checks). Keys for the steps a counter does many times a day (shown in the buttons&apos; tooltips). Actions that follow from the refund&apos;s data rather than from its state alone. The action buttons by row: the refund&apos;s own steps, then its payouts and aftercare. The last &quot;are you sure?&quot; asked before money moved (tests answer it).</extracomment>
        <translation>Search refund number, order number or customer</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+402"/>
        <location line="+21"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Ask the owner to approve…</source>
        <translation>Ask the owner to approve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record signature…</source>
        <translation>Record signature…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payout…</source>
        <translation>Record payout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+523"/>
        <location line="+2"/>
        <source>Confirm received</source>
        <translation>Confirm received</translation>
    </message>
    <message>
        <location line="-524"/>
        <source>Cancel refund…</source>
        <translation>Cancel refund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier&apos;s answer…</source>
        <translation>Supplier&apos;s answer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback…</source>
        <translation>Customer feedback…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send next instalment…</source>
        <translation>Send next instalment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed payout…</source>
        <translation>Retry failed payout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Someone other than the requester must approve this refund.</source>
        <translation>Someone other than the requester must approve this refund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer must sign the confirmation first.</source>
        <translation>The customer must sign the confirmation first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The returned goods have not been received yet.</source>
        <translation>The returned goods have not been received yet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Approve with my PIN…</source>
        <translation>Approve with my PIN…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve refund %1 of %2 to %3?</source>
        <translation>Approve refund %1 of %2 to %3?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve refund</source>
        <translation>Approve refund</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approve your own request</source>
        <translation>Approve your own request</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Pay %1 to %2 by %3 again for refund %4?</source>
        <translation>Pay %1 to %2 by %3 again for refund %4?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry failed payout</source>
        <translation>Retry failed payout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>You requested this refund yourself and are the shop&apos;s only owner. Enter your PIN again to approve it; it is recorded as a single-owner self-approval in the trail, the report and the daily closing.</source>
        <translation>You requested this refund yourself and are the shop&apos;s only owner. Enter your PIN again to approve it; it is recorded as a single-owner self-approval in the trail, the report and the daily closing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ask the owner to approve</source>
        <translation>Ask the owner to approve</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The owner approves refund %1 here with his name and PIN; you stay signed in, and the refund records both names.</source>
        <translation>The owner approves refund %1 here with his name and PIN; you stay signed in, and the refund records both names.</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Goods received…</source>
        <translation>Goods received…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduct for diminished value…</source>
        <translation>Deduct for diminished value…</translation>
    </message>
    <message>
        <location line="+518"/>
        <source>Confirm that %1 received %2 for refund %3?</source>
        <translation>Confirm that %1 received %2 for refund %3?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel refund</source>
        <translation>Cancel refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this refund? Nothing has been paid. Reason (optional):</source>
        <translation>Cancel this refund? Nothing has been paid. Reason (optional):</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Send instalment #%1</source>
        <translation>Send instalment #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send %1 now? Transaction reference (optional):</source>
        <translation>Send %1 now? Transaction reference (optional):</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/evidence.py" line="+267"/>
        <source>Reject refund %1</source>
        <translation>Reject refund %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the refund rejected? The customer will see this reason.</source>
        <translation>Why is the refund rejected? The customer will see this reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no template: write the reason)</source>
        <translation>(no template: write the reason)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer reads</source>
        <translation>Customer reads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your words</source>
        <translation>In your words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>RejectionReasonsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_rejections.py" line="+79"/>
        <source>The reasons offered when a refund is rejected. The customer reads the text in their language, followed by anything the owner adds. The key is short (lower-case letters, digits, - or _) and is what the command line&apos;s --template takes.</source>
        <translation>The reasons offered when a refund is rejected. The customer reads the text in their language, followed by anything the owner adds. The key is short (lower-case letters, digits, - or _) and is what the command line&apos;s --template takes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add reason</source>
        <translation>Add reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reason</source>
        <translation>Remove reason</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message numerus="yes">
        <location filename="../../merchant_refunds/ui/shell/reminder_bar.py" line="+75"/>
        <source>%n refund(s) late</source>
        <translation>
            <numerusform>%n refund late</numerusform>
            <numerusform>%n refunds late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n past the legal refund deadline</source>
        <translation>
            <numerusform>%n past the legal refund deadline</numerusform>
            <numerusform>%n past the legal refund deadline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open follow-up</source>
        <translation>Open follow-up</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/reports_view.py" line="+68"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily closing…</source>
        <translation>Daily closing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rates…</source>
        <translation>Exchange rates…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconcile…</source>
        <translation>Reconcile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match a payment statement to the payouts and mark them arrived</source>
        <translation>Match a payment statement to the payouts and mark them arrived</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store-credit balances…</source>
        <translation>Store-credit balances…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned goods…</source>
        <translation>Returned goods…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What came back: returned to stock or written off</source>
        <translation>What came back: returned to stock or written off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reports and exports are for the owner and the accountant.</source>
        <extracomment>The legal-deadline table as shown: (month, paid in time, late, share), row by row.</extracomment>
        <translation>Reports and exports are for the owner and the accountant.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Paid within the legal refund deadline</source>
        <translation>Paid within the legal refund deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refund&apos;s legal deadline fell in this period.</source>
        <translation>No refund&apos;s legal deadline fell in this period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in time</source>
        <translation>Paid in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share in time</source>
        <translation>Share in time</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rate</source>
        <translation>Refund rate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request to payout</source>
        <translation>Request to payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request to receipt</source>
        <translation>Request to receipt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: average {average}, slowest {slowest}</source>
        <translation>{what}: average {average}, slowest {slowest}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer feedback: %1 ratings, average %2 of 5</source>
        <translation>Customer feedback: %1 ratings, average %2 of 5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refunds in this period.</source>
        <translation>No refunds in this period.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By refund reason</source>
        <translation>By refund reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By payout method</source>
        <translation>By payout method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+28"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report saved to {path}</source>
        <translation>Report saved to {path}</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_users.py" line="+40"/>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_actions.py" line="+61"/>
        <source>Pay failed payout #%1 again</source>
        <translation>Pay failed payout #%1 again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transaction or transfer number</source>
        <translation>Transaction or transfer number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>SelfApprovals</name>
    <message numerus="yes">
        <location filename="../../merchant_refunds/ui/reports/self_approvals.py" line="+22"/>
        <source>Single-owner self-approvals (%n)</source>
        <translation>
            <numerusform>Single-owner self-approval (%n)</numerusform>
            <numerusform>Single-owner self-approvals (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · approved by %2 with his PIN · %3</source>
        <translation>%1 · approved by %2 with his PIN · %3</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_page.py" line="+106"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+41"/>
        <source>Please correct the fields marked in red.</source>
        <extracomment>What ``check`` found that belongs to no one field (see ``general_problem``).</extracomment>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_view.py" line="+146"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund policy</source>
        <translation>Refund policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU rules</source>
        <translation>SKU rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection reasons</source>
        <translation>Rejection reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and lock</source>
        <translation>Language and lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop key</source>
        <translation>Shop key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the shop owner can change these settings. You can look at them, and choose the language of this computer.</source>
        <translation>Only the shop owner can change these settings. You can look at them, and choose the language of this computer.</translation>
    </message>
</context>
<context>
    <name>ShopKey</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/shop_key.py" line="+97"/>
        <source>This computer does not have the shop key of this database.</source>
        <translation>This computer does not have the shop key of this database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s records are protected by a key that is kept outside the database. It is not on this computer (a new computer, a second counter, or after a disk failure). Nothing can be saved, not even a sign-in, until the key is entered from the recovery sheet.</source>
        <translation>The shop&apos;s records are protected by a key that is kept outside the database. It is not on this computer (a new computer, a second counter, or after a disk failure). Nothing can be saved, not even a sign-in, until the key is entered from the recovery sheet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shop key missing</source>
        <translation>Shop key missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter recovery key…</source>
        <translation>Enter recovery key…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShopKeyPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_shop_key.py" line="+60"/>
        <source>Shop key</source>
        <translation>Shop key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop key protects the audit trail: without it nobody can rewrite the records unnoticed. It is kept on this computer (in the system keyring, or in a file only you can read), not in the database. The recovery sheet brings it to a new computer or a second counter.</source>
        <translation>The shop key protects the audit trail: without it nobody can rewrite the records unnoticed. It is kept on this computer (in the system keyring, or in a file only you can read), not in the database. The recovery sheet brings it to a new computer or a second counter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the shop owner can see the recovery key.</source>
        <translation>Only the shop owner can see the recovery key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recovery key…</source>
        <translation>Show recovery key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter recovery key…</source>
        <translation>Enter recovery key…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail is not protected by a shop key yet; it gets one at the next change.</source>
        <translation>The audit trail is not protected by a shop key yet; it gets one at the next change.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is protected by the shop key %1. This computer has the key.</source>
        <translation>The audit trail is protected by the shop key %1. This computer has the key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is protected by the shop key %1, but this computer does not have it. Nothing can be saved until the key is entered from the recovery sheet.</source>
        <translation>The audit trail is protected by the shop key %1, but this computer does not have it. Nothing can be saved until the key is entered from the recovery sheet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shop key is saved on this computer.</source>
        <translation>The shop key is saved on this computer.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/signature_dialog.py" line="+57"/>
        <source>Record signature for %1</source>
        <translation>Record signature for %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan or photograph the confirmation the customer signed and attach the file (PNG, JPEG or PDF, at most %1 MB).</source>
        <translation>Scan or photograph the confirmation the customer signed and attach the file (PNG, JPEG or PDF, at most %1 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer: please sign in the box with the mouse, a pen or your finger. The signature is printed onto the refund confirmation.</source>
        <translation>Customer: please sign in the box with the mouse, a pen or your finger. The signature is printed onto the refund confirmation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save signature</source>
        <translation>Save signature</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach the signed paper</source>
        <translation>Attach the signed paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on screen</source>
        <translation>Sign on screen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Attach the signed confirmation</source>
        <translation>Attach the signed confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans and photos (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Scans and photos (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer has not signed in the box yet.</source>
        <translation>The customer has not signed in the box yet.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/signature_pad.py" line="+61"/>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SkuRulesPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_sku_rules.py" line="+83"/>
        <source>Imported orders get each line&apos;s category and final sale from the first rule its SKU matches: an exact SKU, or a pattern where * stands for any characters and ? for one (TEA-* matches TEA-01). A category or final sale that the file or an order edit gives is kept.</source>
        <translation>Imported orders get each line&apos;s category and final sale from the first rule its SKU matches: an exact SKU, or a pattern where * stands for any characters and ? for one (TEA-* matches TEA-01). A category or final sale that the file or an order edit gives is kept.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Categories the refund policy excludes from no-reason returns: %1</source>
        <translation>Categories the refund policy excludes from no-reason returns: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU or pattern</source>
        <translation>SKU or pattern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final sale</source>
        <translation>Final sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
</context>
<context>
    <name>StockLedgerDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/reports/stock_dialog.py" line="+64"/>
        <source>Returned goods: stock ledger</source>
        <translation>Returned goods: stock ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged out</source>
        <translation>Exchanged out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund or exchange</source>
        <translation>Refund or exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV or XLSX…</source>
        <translation>Save as CSV or XLSX…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the stock ledger…</source>
        <translation>Reading the stock ledger…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the stock ledger</source>
        <translation>Save the stock ledger</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the stock ledger…</source>
        <translation>Saving the stock ledger…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n movement(s) saved to %1</source>
        <translation>
            <numerusform>%n movement saved to %1</numerusform>
            <numerusform>%n movements saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCreditDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/orders/store_credit_dialog.py" line="-147"/>
        <source>Issued by a refund</source>
        <translation>Issued by a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used at the counter</source>
        <translation>Used at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out in cash</source>
        <translation>Paid out in cash</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Store credit · %1</source>
        <extracomment>Errors of the receipt number or note, shown under that field; the rest concern the amount.</extracomment>
        <translation>Store credit · %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund / receipt / note</source>
        <translation>Refund / receipt / note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at the counter…</source>
        <translation>Use at the counter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take credit off a sale rung up in the till, with its receipt number</source>
        <translation>Take credit off a sale rung up in the till, with its receipt number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay out in cash…</source>
        <translation>Pay out in cash…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the customer the credit in cash (owner)</source>
        <translation>Give the customer the credit in cash (owner)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
</context>
<context>
    <name>SupplierAnswerDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/aftercare_dialogs.py" line="+20"/>
        <source>Supplier&apos;s answer for %1</source>
        <translation>Supplier&apos;s answer for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier and contact person</source>
        <translation>Supplier and contact person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed to take the order back</source>
        <translation>Agreed to take the order back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/common/errors.py" line="+28"/>
        <source>Something went wrong</source>
        <extracomment>What a message box shows beside its text: the icon and the margins.</extracomment>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program ran into a problem it did not expect. Nothing you saved before was lost; the last action may not have finished. Please tell whoever supports the shop&apos;s computer and give them the details.</source>
        <translation>The program ran into a problem it did not expect. Nothing you saved before was lost; the last action may not have finished. Please tell whoever supports the shop&apos;s computer and give them the details.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The details were saved in %1</source>
        <translation>The details were saved in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../merchant_refunds/ui/settings/settings_users.py" line="+76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest PIN</source>
        <translation>Shortest PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> digits</source>
        <translation> digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and changed PINs need at least this many digits. Users whose PIN is shorter are asked for a new one when they next sign in.</source>
        <translation>New and changed PINs need at least this many digits. Users whose PIN is shorter are asked for a new one when they next sign in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked (too many wrong PINs)</source>
        <translation>Locked (too many wrong PINs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User added.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN changed.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shortest PIN changed.</source>
        <translation>Shortest PIN changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role changed.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User deactivated.</source>
        <translation>User deactivated.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User reactivated.</source>
        <translation>User reactivated.</translation>
    </message>
</context>
<context>
    <name>_SubmittingDialog</name>
    <message>
        <location filename="../../merchant_refunds/ui/refunds/refund_actions.py" line="-266"/>
        <source>Bank card number or IBAN</source>
        <extracomment>Which field a service&apos;s error code belongs under; anything else goes under the buttons. Title, question and yes-button asked before ``submit`` runs (money moves): set by the caller, who knows the payee; None runs ``submit`` at once.</extracomment>
        <translation>Bank card number or IBAN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to pay to the account given with the request: %1</source>
        <translation>Leave empty to pay to the account given with the request: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
</context>
</TS>
