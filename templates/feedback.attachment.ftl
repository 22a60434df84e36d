<#-- Tên tệp phiếu PDF đính kèm thư điện tử (sctb feedback --format eml), không có đuôi: một dòng. Chương trình bỏ
     các ký tự Windows không cho dùng trong tên tệp (\ / : * ? " < > |). Lời văn: lang/collect-<lang>.ftl (attachment_name). -->
<#import "lang/collect-" + lang + ".ftl" as K>
${K.attachment_name(.data_model)}
