package cn.zhicheng.portal.bench;

import java.util.SplittableRandom;

/** Chinese names that look real: a common surname and one or two given characters. */
final class Names {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文红志新玉春海云飞鹏辉晓晨宇浩然思雨欣怡子轩博嘉琪慧颖俊峰斌婷雪梅林波宁佳瑶凯鑫琳雯";

	private static final String UNIT_KINDS = "环境监测站,生态环境局分局,建筑设计院,市政工程公司,规划设计研究院,智能科技有限公司,建设工程质量检测中心,水务集团,环保科技有限公司,城建投资集团";

	private static final String[] KINDS = UNIT_KINDS.split(",");

	private Names() {
	}

	static String person(SplittableRandom random) {
		StringBuilder name = new StringBuilder(3);
		name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextInt(10) < 7) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/** A unit's name: its place, a number that keeps it apart from its neighbours, and what it is. */
	static String unit(String place, int unit, SplittableRandom random) {
		return place + "第" + (unit + 1) + KINDS[random.nextInt(KINDS.length)];
	}

}
