"""Order intake from the files shop platforms export (Shopify, WooCommerce, Taobao/Tmall, and the
Chinese platforms in ``platforms/``) and our own generic CSV/XLSX template. Sits at the
documents/exports layer: parses files into domain orders and hands them to
``services.order_import``; never Qt."""
