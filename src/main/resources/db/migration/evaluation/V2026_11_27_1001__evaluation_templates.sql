-- Reference scoring templates (maximum points sum to 100). Fixed IDs so other modules and tests can name them.
insert into evaluation.scoring_template (id, code, council_type, name_vi, name_en) values
    ('6d1c3d0e-5a57-4c41-9f0e-000000000001', 'IDENTIFICATION', 'IDENTIFICATION',
     'Phiếu đánh giá đề xuất đặt hàng nhiệm vụ khoa học và công nghệ', 'Assessment of a proposed S&T task'),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 'SELECTION', 'SELECTION',
     'Phiếu đánh giá hồ sơ đăng ký tuyển chọn, giao trực tiếp tổ chức và cá nhân chủ trì nhiệm vụ',
     'Assessment of an application to host an S&T task'),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000003', 'ACCEPTANCE', 'ACCEPTANCE',
     'Phiếu đánh giá nghiệm thu kết quả thực hiện nhiệm vụ khoa học và công nghệ',
     'Acceptance assessment of the results of an S&T task');

insert into evaluation.template_criterion (template_id, position, code, name_vi, name_en, max_points, minimum, tie_break) values
    ('6d1c3d0e-5a57-4c41-9f0e-000000000001', 1, 'C1', 'Tính cấp thiết của nhiệm vụ đối với phát triển kinh tế - xã hội của thành phố',
     'Urgency of the task for the city''s socio-economic development', 25, 10, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000001', 2, 'C2', 'Tính mới, tính sáng tạo và tính khả thi của mục tiêu',
     'Novelty, creativity and feasibility of the objectives', 25, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000001', 3, 'C3', 'Khả năng ứng dụng và địa chỉ ứng dụng kết quả',
     'Applicability and identified users of the results', 20, null, true),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000001', 4, 'C4', 'Hiệu quả kinh tế - xã hội dự kiến',
     'Expected socio-economic impact', 20, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000001', 5, 'C5', 'Khả năng huy động nguồn lực ngoài ngân sách nhà nước',
     'Ability to mobilise funding beyond the state budget', 10, null, false),

    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 1, 'C1', 'Tổng quan tình hình nghiên cứu, luận giải sự cần thiết',
     'State of the art and rationale', 15, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 2, 'C2', 'Mục tiêu, nội dung và phương pháp nghiên cứu',
     'Objectives, content and research methods', 25, 15, true),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 3, 'C3', 'Sản phẩm khoa học và công nghệ, chỉ tiêu chất lượng',
     'S&T products and their quality targets', 20, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 4, 'C4', 'Phương án chuyển giao, ứng dụng kết quả và hiệu quả kinh tế - xã hội',
     'Transfer and application plan, socio-economic impact', 15, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 5, 'C5', 'Năng lực của tổ chức chủ trì và chủ nhiệm nhiệm vụ',
     'Capacity of the host organisation and the principal investigator', 15, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000002', 6, 'C6', 'Tính hợp lý của dự toán kinh phí',
     'Reasonableness of the budget estimate', 10, null, false),

    ('6d1c3d0e-5a57-4c41-9f0e-000000000003', 1, 'C1', 'Mức độ hoàn thành khối lượng công việc so với hợp đồng',
     'Work completed against the contract', 20, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000003', 2, 'C2', 'Số lượng, chất lượng sản phẩm so với đăng ký',
     'Quantity and quality of products against the registration', 40, null, true),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000003', 3, 'C3', 'Giá trị khoa học và tính mới của kết quả',
     'Scientific value and novelty of the results', 20, null, false),
    ('6d1c3d0e-5a57-4c41-9f0e-000000000003', 4, 'C4', 'Khả năng ứng dụng, chuyển giao kết quả',
     'Applicability and transfer of the results', 20, null, false);
